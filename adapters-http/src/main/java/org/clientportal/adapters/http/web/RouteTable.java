package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientportal.application.idempotency.IdempotentRequests;

/**
 * Registers every route through one door, so that each gets the same treatment (authentication,
 * idempotency, reply writing) and the full list is known (the OpenAPI test checks it).
 */
public final class RouteTable {

    /** One registered route, in Javalin's path syntax ({@code /api/v1/clients/{id}}). */
    public record Route(String method, String path, boolean authenticated) {
    }

    /** For answers that hold a secret or an authenticated caller's data. */
    public static final Map.Entry<String, String> NO_STORE = Map.entry("Cache-Control", "no-store");

    private final RoutesConfig routes;
    private final Authentication authentication;
    private final Idempotency idempotency;
    private final Replies replies;
    private final List<Route> registered = new ArrayList<>();

    public RouteTable(RoutesConfig routes, Authentication authentication, IdempotentRequests idempotentRequests,
                      Replies replies, ObjectMapper mapper) {
        this.routes = routes;
        this.authentication = authentication;
        this.idempotency = new Idempotency(idempotentRequests, replies, new CanonicalJson(mapper));
        this.replies = replies;
    }

    public void open(HandlerType method, String path, PublicHandler handler) {
        add(method, path, false, ctx -> replies.write(ctx, handler.handle(ctx)));
    }

    public void authenticated(HandlerType method, String path, ActorHandler handler) {
        add(method, path, true, ctx -> {
            // What an authenticated caller is shown is theirs alone: no shared or browser cache keeps it.
            ctx.header(NO_STORE.getKey(), NO_STORE.getValue());
            var actor = authentication.authenticate(ctx);
            Reply reply = method == HandlerType.POST ? idempotency.handle(ctx, actor, handler) : handler.handle(ctx, actor);
            replies.write(ctx, reply);
        });
    }

    public List<Route> registered() {
        return List.copyOf(registered);
    }

    private void add(HandlerType method, String path, boolean authenticated, Handler handler) {
        routes.addEndpoint(new Endpoint(method, path, handler));
        registered.add(new Route(method.name(), path, authenticated));
    }
}
