package org.clientportal.adapters.http.session;

import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.tenant.TenantJson;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.SessionCookie;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.operator.Me;
import org.clientportal.application.session.LogInCommand;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionFeature;
import org.clientportal.application.session.SignedIn;
import org.clientportal.application.shared.AccessDenied;

/** Sign-in, sign-out (here or everywhere) and "who am I". */
public final class SessionRoutes implements FeatureRoutes {

    private final SessionFeature sessions;
    private final SessionCookie cookie;

    public SessionRoutes(SessionFeature sessions, SessionCookie cookie) {
        this.sessions = sessions;
        this.cookie = cookie;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/api/v1/sessions", ctx -> {
            LogInRequest body = bodies.read(ctx, LogInRequest.class);
            SignedIn signedIn = sessions.logIn().execute(
                    new LogInCommand(body.tenant(), body.email(), body.password(), ClientOrigin.address(ctx)));
            cookie.set(ctx, signedIn.session().id());
            return Reply.created(new SessionJson(signedIn.session().csrfToken(), signedIn.session().createdAt(),
                    OperatorJson.of(signedIn.operator()), TenantJson.of(signedIn.tenant())))
                    .withHeader(RouteTable.NO_STORE.getKey(), RouteTable.NO_STORE.getValue());
        });
        table.authenticated(HandlerType.GET, "/api/v1/sessions/current", (ctx, actor) -> {
            Session session = requireSession(ctx);
            Me me = sessions.showMe().execute(actor);
            return Reply.ok(new SessionJson(session.csrfToken(), session.createdAt(),
                    OperatorJson.of(me.operator().orElseThrow()), TenantJson.of(me.tenant())));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/sessions/current", (ctx, actor) -> {
            sessions.logOut().execute(requireSession(ctx).id());
            cookie.clear(ctx);
            return Reply.noContent();
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/sessions", (ctx, actor) -> {
            sessions.endAllSessions().execute(actor);
            cookie.clear(ctx);
            return Reply.noContent();
        });
        table.authenticated(HandlerType.GET, "/api/v1/me", (ctx, actor) -> {
            Me me = sessions.showMe().execute(actor);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("principal", me.principal().name());
            json.put("role", me.principal().actingRole().map(WireNames::of).orElse(null));
            json.put("operator", me.operator().map(OperatorJson::of).orElse(null));
            json.put("tenant", TenantJson.of(me.tenant()));
            return Reply.ok(json);
        });
    }

    private static Session requireSession(io.javalin.http.Context ctx) {
        Session session = Authentication.sessionOf(ctx);
        if (session == null) {
            throw new AccessDenied("This route works on a signed-in session, not an API key");
        }
        return session;
    }
}
