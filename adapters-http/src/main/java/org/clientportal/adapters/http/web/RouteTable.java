package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.shared.Actor;

/**
 * Registers every route through one door, so that each gets the same treatment (authentication by
 * its audience, idempotency, reply writing) and the full list is known, each route with the
 * {@link Operation} it declares: the OpenAPI document is generated from these declarations.
 */
public final class RouteTable {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final String UNMATCHED = "unmatched";

    /**
     * One registered route, in Javalin's path syntax ({@code /api/v1/clients/{id}}), whom it serves, and
     * whether it honours {@code Idempotency-Key} (authenticated POSTs, but those that change nothing).
     */
    public record Route(String method, String path, Audience audience, boolean idempotent) {

        public Route(String method, String path, Audience audience) {
            this(method, path, audience, audience.authenticated() && method.equals("POST"));
        }

        public boolean authenticated() {
            return audience.authenticated();
        }
    }

    private static final String PORTAL_API = "/portal/api/v1";
    private static final String VIEW_AS_CONTACT = "/api/v1/contacts/{contactId}/portal-view";
    private static final Operation.Tag VIEW_TAG = new Operation.Tag("Portal view",
            "The portal as one of the client's contacts sees it, read by an operator.");
    private static final Operation.Parameter VIEWED_CONTACT = Operation.Parameter.path("contactId", "ViewedContactId",
            "The contact whose view to show. An unknown or removed contact, or another agency's, is not found.");

    /** For answers that hold a secret or an authenticated caller's data. */
    public static final Map.Entry<String, String> NO_STORE = Map.entry("Cache-Control", "no-store");

    /** A registered route with what it declared about itself. */
    public record Declared(Route route, Operation operation) {
    }

    private final RoutesConfig routes;
    private final Authentication authentication;
    private final Idempotency idempotency;
    private final Replies replies;
    private final UploadPaths uploads;
    private final List<Declared> registered = new ArrayList<>();

    public RouteTable(RoutesConfig routes, Authentication authentication, IdempotentRequests idempotentRequests,
                      Replies replies, ObjectMapper mapper, UploadPaths uploads) {
        this.routes = routes;
        this.authentication = authentication;
        this.idempotency = new Idempotency(idempotentRequests, replies, new CanonicalJson(mapper));
        this.replies = replies;
        this.uploads = uploads;
    }

    /** A public route: no credentials are read at all. */
    public void open(HandlerType method, String path, Operation operation, PublicHandler handler) {
        add(method, path, Audience.PUBLIC, operation, ctx -> replies.write(ctx, handler.handle(ctx)));
    }

    /** An operators' route: a session cookie (with CSRF on writes) or an API key; POSTs honour Idempotency-Key. */
    public void authenticated(HandlerType method, String path, Operation operation, ActorHandler handler) {
        add(method, path, Audience.OPERATOR, operation, ctx -> answer(ctx, idempotent(method, operation),
                authentication.authenticate(ctx), handler));
    }

    /** A portal route: a contact's portal session cookie (with CSRF on writes) only; POSTs honour Idempotency-Key. */
    public void portal(HandlerType method, String path, Operation operation, ActorHandler handler) {
        add(method, path, Audience.PORTAL, operation, ctx -> answer(ctx, idempotent(method, operation),
                authentication.authenticatePortal(ctx), handler));
    }

    /**
     * An operators' upload: a multipart body streamed by the route, never received whole first
     * ({@link UploadPaths}). It is not replayed by Idempotency-Key, since its body is never held to
     * compare with a retry's; a request that sends one is refused, rather than silently not replayed.
     */
    public void authenticatedUpload(String path, Operation operation, ActorHandler handler) {
        addUpload(path, Audience.OPERATOR, operation, ctx -> authentication.authenticate(ctx), handler);
    }

    /** A contact's upload, as {@link #authenticatedUpload} is an operator's. */
    public void portalUpload(String path, Operation operation, ActorHandler handler) {
        addUpload(path, Audience.PORTAL, operation, ctx -> authentication.authenticatePortal(ctx), handler);
    }

    private void addUpload(String path, Audience audience, Operation operation, Caller caller, ActorHandler handler) {
        Operation declared = operation.uploadsFiles().rateLimited("at most " + uploads.maxAtOnce()
                + " uploads under way at once on one server");
        add(HandlerType.POST, path, audience, declared, ctx -> {
            Actor actor = caller.of(ctx);
            Idempotency.refuseKey(ctx, "uploads are not replayed; list the parent's attachments to see what arrived");
            uploads.inSlot(() -> {
                answer(ctx, false, actor, handler);
                return null;
            });
        });
        uploads.add(path);
    }

    /** How a route finds out who calls. */
    @FunctionalInterface
    private interface Caller {
        Actor of(Context ctx) throws Exception;
    }

    /**
     * A portal read of the client's data: served to the contact at {@code path}, and to an operator
     * as that contact would get it at {@code /api/v1/contacts/{contactId}/portal-view/...} (read-only,
     * audited), through the same handler and the portal's own transaction.
     */
    public void portalRead(String path, Operation operation, ActorHandler handler) {
        if (!path.startsWith(PORTAL_API)) {
            throw new IllegalArgumentException("A portal read lives under " + PORTAL_API + ", not at " + path);
        }
        portal(HandlerType.GET, path, operation, handler);
        add(HandlerType.GET, VIEW_AS_CONTACT + path.substring(PORTAL_API.length()), Audience.OPERATOR,
                operation.viewedAsContact(path, VIEW_TAG, VIEWED_CONTACT, ProblemCodes.CONTACT_CLIENT_OFFBOARDED),
                ctx -> answer(ctx, false, authentication.operatorViewingAs(ctx, ctx.pathParam("contactId")),
                        handler));
    }

    private static boolean idempotent(HandlerType method, Operation operation) {
        return method == HandlerType.POST && !operation.isChangingNothing() && !operation.takesFiles();
    }

    private void answer(Context ctx, boolean idempotent, Actor actor, ActorHandler handler) throws Exception {
        RequestLog.tenant(actor.tenantId());
        // What an authenticated caller is shown is theirs alone: no shared or browser cache keeps it.
        ctx.header(NO_STORE.getKey(), NO_STORE.getValue());
        Reply reply = idempotent ? idempotency.handle(ctx, actor, handler) : handler.handle(ctx, actor);
        replies.write(ctx, reply);
    }

    /** The template of the route a request matched ({@code /api/v1/clients/{id}}), or {@code unmatched}. */
    public static String templateOf(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }

    public List<Route> registered() {
        return registered.stream().map(Declared::route).toList();
    }

    /** Every route with its operation, in the order registered. */
    public List<Declared> declared() {
        return List.copyOf(registered);
    }

    private void add(HandlerType method, String path, Audience audience, Operation operation, Handler handler) {
        requireDeclaredPathParameters(method, path, operation);
        routes.addEndpoint(new Endpoint(method, path, handler));
        registered.add(new Declared(new Route(method.name(), path, audience,
                audience.authenticated() && idempotent(method, operation)), operation));
    }

    /** A route's path parameters are each declared once, and only those: or it cannot be registered. */
    private static void requireDeclaredPathParameters(HandlerType method, String path, Operation operation) {
        Set<String> inTemplate = new LinkedHashSet<>();
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            inTemplate.add(m.group(1));
        }
        List<String> declared = operation.pathParameters().stream().map(Operation.Parameter::name).toList();
        if (!Set.copyOf(declared).equals(inTemplate) || declared.size() != inTemplate.size()) {
            throw new IllegalArgumentException(method + " " + path + " has the path parameters " + inTemplate
                    + " but its operation declares " + declared);
        }
    }
}
