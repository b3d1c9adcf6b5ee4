package org.clientportal.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.Plugin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.clientportal.adapters.http.health.HealthRoutes;
import org.clientportal.adapters.http.openapi.OpenApiRoutes;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.BodyReception;
import org.clientportal.adapters.http.web.UploadPaths;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.CrossOrigin;
import org.clientportal.adapters.http.web.ErrorResponses;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.HeadAsGet;
import org.clientportal.adapters.http.web.HeaderDeadline;
import org.clientportal.adapters.http.web.JettyReplies;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.JsonMapping;
import org.clientportal.adapters.http.web.ProblemErrorHandler;
import org.clientportal.adapters.http.web.QueryStrings;
import org.clientportal.adapters.http.web.Replies;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RequestLog;
import org.clientportal.adapters.http.web.RequestMetrics;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.ServerWideOptions;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.port.ReadinessCheck;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The JSON API: every route, its error handling and the server it runs on. */
public final class HttpApi {

    private static final long STOP_TIMEOUT_MS = 10_000;
    private static final long POOL_THREAD_IDLE_MS = 60_000;

    private final Javalin app;
    private List<RouteTable.Route> routes = List.of();
    private CompletableFuture<String> openApiDocument;

    /**
     * {@code features}: every feature's routes, one entry per feature; {@code authentication} resolves
     * callers for all of them, {@code idempotentRequests} makes their POSTs safe to retry;
     * {@code meters} times every request and watches the request threads; {@code surfaces} are served on
     * the same server beside the API (the web app's pages), behind the same filters, limits and logs.
     */
    public HttpApi(HttpSettings settings, Authentication authentication, IdempotentRequests idempotentRequests,
                   List<ReadinessCheck> readinessChecks, List<FeatureRoutes> features, List<Plugin<?>> surfaces,
                   MeterRegistry meters) {
        ObjectMapper mapper = JsonMapping.create();
        Replies replies = new Replies(mapper);
        JsonBodies bodies = new JsonBodies(mapper);
        UploadPaths uploads = UploadPaths.forThreads(settings.maxThreads());
        this.app = Javalin.create(config -> {
            configureServer(config, settings, uploads, mapper, meters);
            config.routes.before(RequestIds::assign);
            config.routes.before(new ClientOrigin(settings.trustedProxies())::resolve);
            config.routes.before(QueryStrings::requireWellFormed);
            config.routes.before(JsonBodies::requireKnownCharset);
            new ErrorResponses(replies).register(config.routes);
            RouteTable table = new RouteTable(config.routes, authentication, idempotentRequests, replies, mapper,
                    uploads);
            HealthRoutes.register(table, readinessChecks);
            features.forEach(feature -> feature.register(table, bodies));
            this.openApiDocument = OpenApiRoutes.register(table);
            this.routes = table.registered();
            surfaces.forEach(config::registerPlugin);
        });
    }

    private static void configureServer(JavalinConfig config, HttpSettings settings, UploadPaths uploads,
                                        ObjectMapper mapper, MeterRegistry meters) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.jsonMapper(new JavalinJackson(mapper, false));
        QueuedThreadPool pool = threadPool(settings);
        new JettyServerThreadPoolMetrics(pool, Tags.empty()).bindTo(meters);
        config.jetty.threadPool = pool;
        JettyReplies jettyReplies = new JettyReplies(mapper);
        ProblemErrorHandler errors = new ProblemErrorHandler(jettyReplies);
        HeaderDeadline headerDeadline = new HeaderDeadline(settings.headerTimeout(), jettyReplies);
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(errors);
            // Each handler inserted wraps those before it; a request passes cross-origin, OPTIONS *,
            // graceful stop, HEAD as GET and body reception before it reaches Javalin.
            server.insertHandler(new BodyReception(settings.maxBodyBytes(), settings.bodyTimeout(), uploads,
                    jettyReplies));
            server.insertHandler(new HeadAsGet());
            // Lets in-flight requests finish on stop instead of cutting them off.
            server.insertHandler(new GracefulHandler());
            server.insertHandler(new ServerWideOptions());
            server.insertHandler(new CrossOrigin(settings.corsOrigins()));
            server.setStopTimeout(STOP_TIMEOUT_MS);
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof AbstractConnector bounded) {
                            bounded.setIdleTimeout(settings.idleTimeout().toMillis());
                            bounded.addEventListener(headerDeadline);
                        }
                    }
                }
            });
        });
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(errors));
        RequestMetrics requests = new RequestMetrics(meters);
        config.requestLogger.http((ctx, ms) -> {
            String route = RouteTable.templateOf(ctx);
            requests.record(ctx, route, ms);
            RequestLog.write(ctx, route, ms);
        });
    }

    /**
     * Sized on purpose: a request holds a thread only while its route runs (its body has arrived
     * before), and that work mostly waits on PostgreSQL, Redis or bcrypt; more threads than that
     * can use only queue elsewhere and cost memory.
     */
    private static QueuedThreadPool threadPool(HttpSettings settings) {
        QueuedThreadPool pool = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()),
                (int) POOL_THREAD_IDLE_MS);
        pool.setName("portal-http");
        return pool;
    }

    /** Starts serving; port 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        return Listeners.start(app, host, port, "PORTAL_HTTP_PORT", "PORTAL_HTTP_HOST");
    }

    /** Stops taking requests and lets the running ones finish. */
    public void stop() {
        app.stop();
    }

    /** Every route, in the order registered. */
    public List<RouteTable.Route> routes() {
        return routes;
    }

    /** The OpenAPI document served at {@code GET /api/v1/openapi.json}, generated from those routes. */
    public String openApiDocument() {
        return openApiDocument.join();
    }
}
