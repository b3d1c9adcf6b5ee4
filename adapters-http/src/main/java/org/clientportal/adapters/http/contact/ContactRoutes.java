package org.clientportal.adapters.http.contact;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.contact.AddContactCommand;
import org.clientportal.application.contact.ContactChanges;
import org.clientportal.application.contact.ContactFeature;
import org.clientportal.application.contact.ListContacts;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.operator.Permission;

/** A client's contacts, and their way into the portal: links issued, access revoked. */
public final class ContactRoutes implements FeatureRoutes {

    /** What GET /api/v1/clients/{id}/contacts takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Contacts",
            "People at a client who use the portal, their rights and their portal links.");
    private static final Operation.Parameter CLIENT_ID = Operation.Parameter.path("id", "ClientId",
            "The client's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "ContactId",
            "The contact's id. An unknown or removed contact, or another agency's, is not found.");

    private final ContactFeature contacts;
    private final PortalFeature portal;

    public ContactRoutes(ContactFeature contacts, PortalFeature portal) {
        this.contacts = contacts;
        this.portal = portal;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/clients/{id}/contacts", Operation.of("addContact", TAG,
                        "Add a contact to a client")
                .description("Rights are any of `request` (file task requests, bug reports and questions), `upload`"
                        + " (attach files) and `approve` (approve deliverables); `view` is always given.")
                .pathParameter(CLIENT_ID)
                .body(AddContactRequest.class)
                .answers(201, "The contact was added. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        ContactJson.class)
                .versioned()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CONTACT_EMAIL_TAKEN), (ctx, actor) -> {
            AddContactRequest body = bodies.read(ctx, AddContactRequest.class);
            Contact added = contacts.addContact().execute(actor,
                    new AddContactCommand(ctx.pathParam("id"), body.name(), body.email(), body.rights()));
            return Reply.created(ContactJson.of(added)).withVersion(added.version());
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients/{id}/contacts", Operation.of("listContacts", TAG,
                        "List a client's contacts")
                .pathParameter(CLIENT_ID)
                .query(LIST_PARAMETERS, PageJson.sort("ContactSort", "contacts", ListContacts.LISTING),
                        PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client's contacts; removed ones are not listed.", PageJson.class,
                        ContactJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(contacts.listContacts().execute(actor, ctx.pathParam("id"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ContactJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/contacts/{id}", Operation.of("getContact", TAG, "Show a contact")
                .pathParameter(ID)
                .answers(200, "The contact.", ContactJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) -> {
            Contact contact = contacts.getContact().execute(actor, ctx.pathParam("id"));
            return Reply.ok(ContactJson.of(contact)).withVersion(contact.version());
        });
        table.authenticated(HandlerType.PATCH, "/api/v1/contacts/{id}", Operation.of("changeContact", TAG,
                        "Change a contact's name, email or rights")
                .description("New rights take effect on the contact's next portal request.")
                .pathParameter(ID)
                .body(ChangeContactRequest.class)
                .answers(200, "The contact as it is now.", ContactJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CONTACT_EMAIL_TAKEN), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), ChangeContactRequest.TEXT_FIELDS,
                    ChangeContactRequest.LIST_FIELDS);
            Contact changed = contacts.changeContact().execute(actor, ctx.pathParam("id"), new ContactChanges(
                    patch.text("name"), patch.text("email"), patch.textList("rights"), Versions.ifMatch(ctx)));
            return Reply.ok(ContactJson.of(changed)).withVersion(changed.version());
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/contacts/{id}", Operation.of("removeContact", TAG,
                        "Remove a contact")
                .description("Their unused portal links are revoked and their portal sessions end at once. What"
                        + " they wrote stays, still theirs.")
                .pathParameter(ID)
                .answersNothing(204, "The contact is removed and out of the portal.")
                .permission(Permission.WRITE), (ctx, actor) -> {
            contacts.removeContact().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
        table.authenticated(HandlerType.POST, "/api/v1/contacts/{id}/portal-links", Operation.of("issuePortalLink",
                        TAG, "Issue a portal link for a contact")
                .description("A single-use link that opens the portal as this contact, for `PORTAL_LINK_TTL_HOURS`"
                        + " (72 by default). Earlier links stay valid until used, expired or revoked.")
                .pathParameter(ID)
                .answers(201, "The link. Its token and URL are in this answer only. With an `Idempotency-Key`, a"
                        + " repeat gets the recorded answer, without them.", IssuedPortalLinkJson.class)
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CONTACT_CLIENT_OFFBOARDED), (ctx, actor) -> {
            IssuedPortalLinkJson json = IssuedPortalLinkJson.of(portal.issuePortalLink().execute(actor,
                    ctx.pathParam("id")));
            return Reply.created(json).replayedAs(json.withoutSecret());
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/contacts/{id}/portal-access", Operation.of(
                        "revokePortalAccess", TAG, "Shut a contact out of the portal")
                .description("Revokes every unused link of the contact and ends every portal session of theirs at"
                        + " once. The contact stays; a new link lets them in again.")
                .pathParameter(ID)
                .answersNothing(204, "Every link and session of the contact is dead.")
                .permission(Permission.WRITE), (ctx, actor) -> {
            portal.revokePortalAccess().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
