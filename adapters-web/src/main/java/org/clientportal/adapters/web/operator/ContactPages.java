package org.clientportal.adapters.web.operator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.contact.AddContactCommand;
import org.clientportal.application.contact.ContactFeature;
import org.clientportal.application.portal.IssuedPortalLink;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.shared.Lifecycle;

/**
 * A client's contacts and their portal access: adding one with their rights, issuing a portal link
 * (shown once, on the answer page, to send them), shutting a contact out of the portal, removing one.
 */
public final class ContactPages implements PageGroup {

    private static final String PAGE_SIZE = "100";

    private final ClientFeature clients;
    private final ContactFeature contacts;
    private final PortalFeature portal;

    public ContactPages(ClientFeature clients, ContactFeature contacts, PortalFeature portal) {
        this.clients = clients;
        this.contacts = contacts;
        this.portal = portal;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/clients/{id}/contacts", (ctx, visit) ->
                page(visit, ctx.pathParam("id"), ContactsView.Draft.EMPTY, Optional.empty(), Refusal.NONE));
        pages.operatorForm("/app/clients/{id}/contacts", (ctx, visit) -> {
            contacts.addContact().execute(visit.actor(), new AddContactCommand(ctx.pathParam("id"),
                    Form.text(ctx, "name"), Form.text(ctx, "email"), rights(ctx.formParams("rights"))));
            return Answer.redirect("/app/clients/" + ctx.pathParam("id") + "/contacts");
        }, (ctx, visit, refusal) -> page(visit, ctx.pathParam("id"), new ContactsView.Draft(Form.text(ctx, "name"),
                Form.text(ctx, "email"), ctx.formParams("rights")), Optional.empty(), refusal));
        pages.operatorForm("/app/contacts/{id}/portal-link", (ctx, visit) -> {
            IssuedPortalLink link = portal.issuePortalLink().execute(visit.actor(), ctx.pathParam("id"));
            Contact contact = contacts.getContact().execute(visit.actor(), ctx.pathParam("id"));
            return page(visit, contact.clientId().toString(), ContactsView.Draft.EMPTY,
                    Optional.of(new ContactsView.IssuedLink(contact.name(), link.url())), Refusal.NONE);
        }, (ctx, visit, refusal) -> refusedOnContact(visit, ctx.pathParam("id"), refusal));
        pages.operatorForm("/app/contacts/{id}/portal-access/revocation", (ctx, visit) -> {
            String client = contacts.getContact().execute(visit.actor(), ctx.pathParam("id")).clientId().toString();
            portal.revokePortalAccess().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.redirect("/app/clients/" + client + "/contacts");
        }, (ctx, visit, refusal) -> refusedOnContact(visit, ctx.pathParam("id"), refusal));
        pages.operatorForm("/app/contacts/{id}/removal", (ctx, visit) -> {
            String client = contacts.getContact().execute(visit.actor(), ctx.pathParam("id")).clientId().toString();
            contacts.removeContact().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.redirect("/app/clients/" + client + "/contacts");
        }, (ctx, visit, refusal) -> refusedOnContact(visit, ctx.pathParam("id"), refusal));
    }

    /** A refused action on one contact, shown on their client's contacts page. */
    private Answer refusedOnContact(Visit visit, String contactId, Refusal refusal) {
        String client = contacts.getContact().execute(visit.actor(), contactId).clientId().toString();
        return page(visit, client, ContactsView.Draft.EMPTY, Optional.empty(), refusal);
    }

    private Answer page(Visit visit, String clientId, ContactsView.Draft draft, Optional<ContactsView.IssuedLink> issued,
                        Refusal refusal) {
        Client client = clients.getClient().execute(visit.actor(), clientId);
        List<Contact> ofClient = contacts.listContacts().execute(visit.actor(), clientId,
                new PageInput(PAGE_SIZE, null)).items();
        return Answer.view("operator/contacts.jte", ContactsView.of(visit.frame("Contacts of " + client.profile().name()),
                client, ofClient, draft, issued, refusal), refusal.any() ? refusal.status() : 200);
    }

    /** The rights ticked; every contact may view, so it is always among them. */
    private static List<String> rights(List<String> ticked) {
        return Stream.concat(Stream.of(Lifecycle.wireName(PortalRight.VIEW)),
                ticked.stream()).distinct().toList();
    }

    static List<String> allRights() {
        return Arrays.stream(PortalRight.values()).map(Lifecycle::wireName).toList();
    }
}
