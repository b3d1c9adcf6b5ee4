package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.clientportal.application.apikey.AuthenticateApiKey;
import org.clientportal.application.portal.AuthenticatePortalSession;
import org.clientportal.application.portal.ViewAsContact;
import org.clientportal.application.session.AuthenticateSession;
import org.clientportal.application.session.Authenticated;
import org.clientportal.application.session.Session;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * Resolves the caller before any business data is touched, by the route's audience: on the
 * agency's routes a bearer API key or the operator's session cookie, on the portal's the contact's
 * session cookie only. Another audience's credential is no credential there (401). Cookie-
 * authenticated writes must echo the session's CSRF token; bearer calls need none, since a browser
 * never attaches them on its own.
 */
public final class Authentication {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "portal.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final AuthenticateApiKey apiKeys;
    private final AuthenticateSession sessions;
    private final AuthenticatePortalSession portalSessions;
    private final ViewAsContact viewAsContact;
    private final AuthenticationTimes times;

    public Authentication(AuthenticateApiKey apiKeys, AuthenticateSession sessions,
                          AuthenticatePortalSession portalSessions, ViewAsContact viewAsContact, MeterRegistry meters) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
        this.portalSessions = portalSessions;
        this.viewAsContact = viewAsContact;
        this.times = new AuthenticationTimes(meters);
    }

    /** The caller of one of the agency's routes. */
    public Actor authenticate(Context ctx) {
        String requestId = RequestIds.of(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new AuthenticationFailed("Send an API key as Authorization: Bearer <key>");
            }
            return times.apiKey(() -> apiKeys.execute(authorization.substring(7).strip(), requestId));
        }
        String sessionId = ctx.cookie(SessionCookie.OPERATOR);
        if (sessionId == null || sessionId.isBlank()) {
            throw new AuthenticationFailed(ctx.cookie(SessionCookie.CONTACT) != null
                    ? "A portal session does not work on the agency's routes; sign in (POST /api/v1/sessions) or send"
                            + " an API key"
                    : "Sign in (POST /api/v1/sessions) or send an API key");
        }
        return checked(ctx, times.operatorSession(() -> sessions.execute(sessionId, requestId)));
    }

    /** The caller of one of the portal's routes: a contact with a portal session. */
    public Actor authenticatePortal(Context ctx) {
        if (ctx.header("Authorization") != null) {
            throw new AuthenticationFailed("API keys do not work on portal routes; the portal is opened with a"
                    + " portal link (POST /portal/api/v1/sessions)");
        }
        String sessionId = ctx.cookie(SessionCookie.CONTACT);
        if (sessionId == null || sessionId.isBlank()) {
            throw new AuthenticationFailed(ctx.cookie(SessionCookie.OPERATOR) != null
                    ? "An operator session does not work on portal routes; open the portal with a portal link"
                            + " (POST /portal/api/v1/sessions)"
                    : "Open the portal with a portal link (POST /portal/api/v1/sessions)");
        }
        return checked(ctx, times.portalSession(() -> portalSessions.execute(sessionId, RequestIds.of(ctx))));
    }

    /**
     * For an operator reading the portal on a contact's behalf: the operator is authenticated as on
     * any of the agency's routes, then the read runs as the contact (audited).
     */
    public Actor operatorViewingAs(Context ctx, String contactId) {
        return viewAsContact.execute(authenticate(ctx), contactId, ctx.method() + " " + ctx.path());
    }

    private static Actor checked(Context ctx, Authenticated authenticated) {
        if (!SAFE.contains(ctx.method()) && !sameSecret(ctx.header(CSRF_HEADER), authenticated.session().csrfToken())) {
            throw new DomainError(ErrorKind.FORBIDDEN, "csrf-token-mismatch",
                    "Cookie-authenticated writes must send the session's csrfToken in the " + CSRF_HEADER + " header");
        }
        ctx.attribute(SESSION_ATTRIBUTE, authenticated.session());
        return authenticated.actor();
    }

    /** The session behind the current request, when it was cookie-authenticated. */
    public static Session sessionOf(Context ctx) {
        return ctx.attribute(SESSION_ATTRIBUTE);
    }

    private static boolean sameSecret(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
