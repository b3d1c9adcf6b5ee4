package org.clientportal.adapters.http.portal;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.SessionCookie;
import org.clientportal.application.portal.OpenPortalCommand;
import org.clientportal.application.portal.OpenPortalSession;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.portal.PortalSignedIn;
import org.clientportal.application.session.Session;

/** Opening the portal with a link, the contact's session, and "who am I" in the portal. */
public final class PortalSessionRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Portal sessions",
            "A client's contact opening the portal with a link, and closing it.");

    private final PortalFeature portal;
    private final SessionCookie cookie;

    public PortalSessionRoutes(PortalFeature portal, SessionCookie cookie) {
        this.portal = portal;
        this.cookie = cookie;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/portal/api/v1/sessions", Operation.of("openPortal", TAG,
                        "Open the portal with a portal link")
                .description("Exchanges a portal link's token for a portal session; the link is used up. A refused"
                        + " link answers 401 with a `code` saying why: `portal-link.used`, `portal-link.expired`,"
                        + " `portal-link.revoked`, or `portal-link.unknown` for anything that is no link at all. Only"
                        + " refusals count against the limit.")
                .body(OpenPortalRequest.class)
                .answers(201, "The portal is open. The session id is set as the `portal_contact_session` cookie"
                        + " (path `/portal`); keep `csrfToken` for writes.", PortalSessionJson.class)
                .portalSessionCookie("set")
                .rateLimited(Operation.limit(OpenPortalSession.FAILURES_PER_ADDRESS, "address"))
                .problems(ProblemCodes.PORTAL_LINK_UNKNOWN, ProblemCodes.PORTAL_LINK_USED,
                        ProblemCodes.PORTAL_LINK_EXPIRED, ProblemCodes.PORTAL_LINK_REVOKED), ctx -> {
            OpenPortalRequest body = bodies.read(ctx, OpenPortalRequest.class);
            PortalSignedIn signedIn = portal.openPortalSession().execute(
                    new OpenPortalCommand(body.token(), ClientOrigin.address(ctx), RequestIds.of(ctx)));
            cookie.set(ctx, signedIn.session().id());
            return Reply.created(new PortalSessionJson(signedIn.session().csrfToken(), signedIn.session().createdAt(),
                    PortalMeJson.of(signedIn.me())))
                    .withHeader(RouteTable.NO_STORE.getKey(), RouteTable.NO_STORE.getValue());
        });
        table.portal(HandlerType.GET, "/portal/api/v1/sessions/current", Operation.of("getPortalSession", TAG,
                        "Show the current portal session")
                .description("Recovers the CSRF token.")
                .answers(200, "The portal session carried by the cookie, with its CSRF token.", PortalSessionJson.class),
                (ctx, actor) -> {
                    Session session = Authentication.sessionOf(ctx);
                    return Reply.ok(new PortalSessionJson(session.csrfToken(), session.createdAt(),
                            PortalMeJson.of(portal.showPortalMe().execute(actor))));
                });
        table.portal(HandlerType.DELETE, "/portal/api/v1/sessions/current", Operation.of("closePortal", TAG,
                        "Close the portal")
                .description("Ends the portal session carried by the cookie.")
                .answersNothing(204, "The session has ended and its cookie is cleared.")
                .portalSessionCookie("clear"), (ctx, actor) -> {
            portal.closePortalSession().execute(Authentication.sessionOf(ctx).id());
            cookie.clear(ctx);
            return Reply.noContent();
        });
        table.portalRead("/portal/api/v1/me", Operation.of("getPortalMe", TAG,
                        "Show who is using the portal")
                .answers(200, "The contact, with their current rights, their client and their agency.",
                        PortalMeJson.class), (ctx, actor) ->
                Reply.ok(PortalMeJson.of(portal.showPortalMe().execute(actor))));
    }
}
