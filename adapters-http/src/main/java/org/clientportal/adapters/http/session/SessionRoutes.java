package org.clientportal.adapters.http.session;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.tenant.TenantJson;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.SessionCookie;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.operator.Me;
import org.clientportal.application.session.LogIn;
import org.clientportal.application.session.LogInCommand;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionFeature;
import org.clientportal.application.session.SignedIn;
import org.clientportal.application.shared.AccessDenied;

/** Sign-in, sign-out (here or everywhere) and "who am I". */
public final class SessionRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Sessions", "Signing in and out, and who is calling.");
    private static final String NO_SESSION = "an API key has no session: this route works on a signed-in session only";

    private final SessionFeature sessions;
    private final SessionCookie cookie;

    public SessionRoutes(SessionFeature sessions, SessionCookie cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/api/v1/sessions", Operation.of("logIn", TAG, "Sign in")
                .description("Exchanges agency slug, email and password for a session cookie. Every failure reads the"
                        + " same (401), so the answer does not reveal which agencies or emails exist. Only failures count"
                        + " against the limits, per account and address and per address: while one is spent, even the"
                        + " right password is refused from that address.")
                .body(LogInRequest.class)
                .answers(201, "Signed in. The session id is set as the `portal_session` cookie; keep `csrfToken` for"
                        + " writes.", SessionJson.class)
                .sessionCookie("set")
                .rateLimited(Operation.limit(LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS, "account and address") + ", "
                        + Operation.limit(LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS_DAILY, "account and address") + ", "
                        + Operation.limit(LogIn.FAILURES_PER_ADDRESS, "address"))
                .problems(ProblemCodes.UNAUTHENTICATED_CALLER.meaning("wrong agency, email or password")), ctx -> {
            LogInRequest body = bodies.read(ctx, LogInRequest.class);
            SignedIn signedIn = sessions.logIn().execute(
                    new LogInCommand(body.tenant(), body.email(), body.password(), ClientOrigin.address(ctx)));
            cookie.set(ctx, signedIn.session().id());
            return Reply.created(new SessionJson(signedIn.session().csrfToken(), signedIn.session().createdAt(),
                    OperatorJson.of(signedIn.operator()), TenantJson.of(signedIn.tenant())))
                    .withHeader(RouteTable.NO_STORE.getKey(), RouteTable.NO_STORE.getValue());
        });
        table.authenticated(HandlerType.GET, "/api/v1/sessions/current", Operation.of("getCurrentSession", TAG,
                        "Show the current session")
                .description("Recovers the CSRF token. Works on a cookie session only: called with an API key it"
                        + " answers 403.")
                .answers(200, "The session carried by the cookie, with its CSRF token.", SessionJson.class)
                .sessionOnly(NO_SESSION), (ctx, actor) -> {
            Session session = requireSession(ctx);
            Me me = sessions.showMe().execute(actor);
            return Reply.ok(new SessionJson(session.csrfToken(), session.createdAt(),
                    OperatorJson.of(me.operator().orElseThrow()), TenantJson.of(me.tenant())));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/sessions/current", Operation.of("logOut", TAG, "Sign out")
                .description("Ends the session carried by the cookie. Works on a cookie session only: called with an API"
                        + " key it answers 403.")
                .answersNothing(204, "The session has ended and its cookie is cleared.")
                .sessionCookie("clear")
                .sessionOnly(NO_SESSION), (ctx, actor) -> {
            sessions.logOut().execute(requireSession(ctx).id());
            cookie.clear(ctx);
            return Reply.noContent();
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/sessions", Operation.of("endAllSessions", TAG,
                        "Sign out everywhere")
                .description("Ends every session of the signed-in operator. Only an operator has sessions: called with"
                        + " an API key it answers 403.")
                .answersNothing(204, "Every session of the operator has ended, this one included.")
                .sessionCookie("clear")
                .sessionOnly("only a signed-in operator has sessions to end; an API key has none"), (ctx, actor) -> {
            sessions.endAllSessions().execute(actor);
            cookie.clear(ctx);
            return Reply.noContent();
        });
        table.authenticated(HandlerType.GET, "/api/v1/me", Operation.of("getMe", TAG, "Show who is calling")
                .answers(200, "The caller's agency, principal and role.", MeJson.class), (ctx, actor) ->
                Reply.ok(MeJson.of(sessions.showMe().execute(actor))));
    }

    private static Session requireSession(io.javalin.http.Context ctx) {
        Session session = Authentication.sessionOf(ctx);
        if (session == null) {
            throw new AccessDenied("This route works on a signed-in session, not an API key");
        }
        return session;
    }
}
