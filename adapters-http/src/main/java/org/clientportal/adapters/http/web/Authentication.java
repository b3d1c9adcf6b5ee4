package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.clientportal.application.apikey.AuthenticateApiKey;
import org.clientportal.application.session.AuthenticateSession;
import org.clientportal.application.session.Authenticated;
import org.clientportal.application.session.Session;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * Resolves the caller before any business data is touched: a bearer API key, or the session
 * cookie. Cookie-authenticated writes must echo the session's CSRF token; bearer calls need none,
 * since a browser never attaches them on its own.
 */
public final class Authentication {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "portal.session";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final AuthenticateApiKey apiKeys;
    private final AuthenticateSession sessions;

    public Authentication(AuthenticateApiKey apiKeys, AuthenticateSession sessions) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
    }

    public Actor authenticate(Context ctx) {
        String requestId = RequestIds.of(ctx);
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new AuthenticationFailed("Send an API key as Authorization: Bearer <key>");
            }
            return apiKeys.execute(authorization.substring(7).strip(), requestId);
        }
        String sessionId = SessionCookie.read(ctx);
        if (sessionId == null || sessionId.isBlank()) {
            throw new AuthenticationFailed("Sign in (POST /api/v1/sessions) or send an API key");
        }
        Authenticated authenticated = sessions.execute(sessionId, requestId);
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
