package org.clientportal.adapters.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.clientportal.application.operator.Me;
import org.clientportal.application.operator.ShowMe;
import org.clientportal.application.portal.AuthenticatePortalSession;
import org.clientportal.application.portal.PortalMe;
import org.clientportal.application.portal.ShowPortalMe;
import org.clientportal.application.session.AuthenticateSession;
import org.clientportal.application.session.Authenticated;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.domain.operator.Permission;

/**
 * Who is on a page, from their session cookie, through the same use cases that resolve the API's
 * callers: an operator on {@code /app}, a contact on {@code /portal}. A removed operator, a contact
 * shut out or an offboarded client ends the visit exactly as it ends their API calls.
 */
public final class Visitors {

    private final AuthenticateSession operators;
    private final ShowMe showMe;
    private final AuthenticatePortalSession contacts;
    private final ShowPortalMe showPortalMe;

    public Visitors(AuthenticateSession operators, ShowMe showMe, AuthenticatePortalSession contacts,
                    ShowPortalMe showPortalMe) {
        this.operators = operators;
        this.showMe = showMe;
        this.contacts = contacts;
        this.showPortalMe = showPortalMe;
    }

    /** Throws AuthenticationFailed without a live operator session. */
    Visit operator(Context ctx) {
        String sessionId = cookie(ctx, WebCookies.OPERATOR);
        Authenticated authenticated = operators.execute(sessionId, RequestFacts.requestId(ctx));
        Me me = showMe.execute(authenticated.actor());
        String person = me.operator().map(operator -> operator.name()).orElse("");
        boolean administers = authenticated.actor().principal().actingRole()
                .filter(role -> role.grants(Permission.MANAGE_OPERATORS)).isPresent();
        return new Visit(authenticated.actor(), new Frame(Frame.APP, "", me.tenant().name(), person,
                authenticated.session().csrfToken(), administers), sessionId);
    }

    /** Throws AuthenticationFailed without a live portal session. */
    Visit contact(Context ctx) {
        String sessionId = cookie(ctx, WebCookies.CONTACT);
        Authenticated authenticated = contacts.execute(sessionId, RequestFacts.requestId(ctx));
        PortalMe me = showPortalMe.execute(authenticated.actor());
        return new Visit(authenticated.actor(), new Frame(Frame.PORTAL, "", me.tenant().name(), me.contact().name(),
                authenticated.session().csrfToken(), false), sessionId);
    }

    /** No cookie is no session: refused without asking the session store. */
    private static String cookie(Context ctx, String name) {
        return Optional.ofNullable(ctx.cookie(name)).filter(id -> !id.isBlank())
                .orElseThrow(() -> new AuthenticationFailed("Sign in first"));
    }
}
