package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "contacts", description = "A client's contacts: list, show, create, edit, remove; the single-use links that let them into the client portal, and revoking that access.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class ContactsCommand {

    private final Context context;
    private final Resource contacts;

    ContactsCommand(Context context) {
        this.context = context;
        this.contacts = new Resource(context, "/api/v1/contacts", Column.fields("id", "name", "email", "rights"),
                Column.fields("id", "name", "email", "rights", "clientId", "version", "createdAt", "updatedAt"));
    }

    @Command(name = "list", description = "List a client's contacts.", footerHeading = "%nExamples:%n",
            footer = "  portal contacts list 01a242d0-…")
    void list(@Mixin ListOptions options, @Parameters(paramLabel = "CLIENT_ID") String clientId) {
        contacts.listAt(clientContacts(clientId), Query.of(), options);
    }

    @Command(name = "show", description = "Show one contact.", footerHeading = "%nExamples:%n", footer = "  portal contacts show 01a242d0-…")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "CONTACT_ID") String id) {
        contacts.show(id, options);
    }

    @Command(name = "create", description = "Add a contact to a client; every contact may view, --right adds more.",
            footerHeading = "%nExamples:%n", footer = "  portal contacts create 01a242d0-… --name 'Ada Buyer' --email ada@acme.test --right request --right upload")
    void create(@Mixin OutputOptions options, @Parameters(paramLabel = "CLIENT_ID") String clientId,
                @Option(names = "--name", required = true) String name,
                @Option(names = "--email", required = true) String email,
                @Option(names = "--right", paramLabel = "RIGHT", description = "request, upload or approve; repeatable.") List<String> rights) {
        var body = Json.object().put("name", name).put("email", email);
        if (rights != null) {
            rights.forEach(body.putArray("rights")::add);
        }
        contacts.post(clientContacts(clientId), body, options);
    }

    @Command(name = "link", description = "Issue a single-use portal link for a contact; the token is shown this once.",
            footerHeading = "%nExamples:%n", footer = "  portal contacts link 01a242d0-…")
    void link(@Mixin OutputOptions options, @Parameters(paramLabel = "CONTACT_ID") String id) {
        var link = context.api().post(contacts.item(id) + "/portal-links", Json.object()).json();
        context.printer().record(link, Column.fields("url", "expiresAt", "id"), options);
    }

    @Command(name = "edit", description = "Change a contact: it is read, then changed with If-Match of the version read (a change made meanwhile: exit 3); --right replaces the rights (view is always kept).",
            footerHeading = "%nExamples:%n", footer = {"  portal contacts edit 01a242d0-… --email ada.buyer@acme.test",
                    "  portal contacts edit 01a242d0-… --right request --right approve", "  portal contacts edit 01a242d0-… --right view    # only view"})
    void edit(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Parameters(paramLabel = "CONTACT_ID") String id,
              @Option(names = "--name") String name,
              @Option(names = "--email") String email,
              @Option(names = "--right", paramLabel = "RIGHT", description = "view, request, upload or approve; repeatable; replaces the old rights.") List<String> rights) {
        var changes = Json.object();
        Json.putIfGiven(changes, "name", name);
        Json.putIfGiven(changes, "email", email);
        if (rights != null) {
            rights.forEach(changes.putArray("rights")::add);
        }
        contacts.edit(id, changes, ifVersion, options);
    }

    @Command(name = "remove", description = "Remove a contact: their unused links are revoked and their portal sessions end.",
            footerHeading = "%nExamples:%n", footer = "  portal contacts remove 01a242d0-…")
    void remove(@Parameters(paramLabel = "CONTACT_ID") String id) {
        contacts.delete(contacts.item(id), new IfVersion(), "Contact " + id + " is removed.");
    }

    @Command(name = "revoke-access", description = "Revoke a contact's portal access: every unused link, every portal session; the contact stays.",
            footerHeading = "%nExamples:%n", footer = "  portal contacts revoke-access 01a242d0-…")
    void revokeAccess(@Parameters(paramLabel = "CONTACT_ID") String id) {
        contacts.delete(contacts.item(id) + "/portal-access", new IfVersion(),
                "Contact " + id + ": unused portal links revoked and portal sessions ended.");
    }

    private static String clientContacts(String clientId) {
        return "/api/v1/clients/" + Resource.segment(clientId) + "/contacts";
    }
}
