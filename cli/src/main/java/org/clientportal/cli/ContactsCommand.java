package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "contacts", description = "A client's contacts, and the single-use links that let them into the client portal.",
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

    private static String clientContacts(String clientId) {
        return "/api/v1/clients/" + Resource.segment(clientId) + "/contacts";
    }
}
