package org.clientportal.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.function.Supplier;
import org.clientportal.adapters.http.web.ErrorResponses;
import org.clientportal.adapters.http.web.JettyReplies;
import org.clientportal.adapters.http.web.JsonMapping;
import org.clientportal.adapters.http.web.ProblemErrorHandler;
import org.clientportal.adapters.http.web.Replies;
import org.clientportal.adapters.http.web.RequestIds;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code GET /metrics} in Prometheus's text format, on a listener of its own: never on the API's
 * port, so that what a scraper may read is a matter of which interface and port it reaches, not of a
 * route a proxy must remember to hide. Anything else there is a 404 problem.
 */
public final class MetricsServer {

    /** Prometheus's text exposition format, version 0.0.4. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Javalin app;

    /** {@code scrape} renders every meter in the text format. */
    public MetricsServer(Supplier<String> scrape) {
        ObjectMapper mapper = JsonMapping.create();
        ProblemErrorHandler errors = new ProblemErrorHandler(new JettyReplies(mapper));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // A scrape every few seconds needs one thread; the rest is what Jetty keeps for itself.
            QueuedThreadPool pool = new QueuedThreadPool(HttpSettings.MIN_MAX_THREADS, 1);
            pool.setName("portal-metrics");
            config.jetty.threadPool = pool;
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(errors));
            config.routes.before(RequestIds::assign);
            new ErrorResponses(new Replies(mapper)).register(config.routes);
            config.routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(scrape.get()));
        });
    }

    /** Starts serving; port 0 picks a free one. Returns the port. */
    public int start(String host, int port) {
        return Listeners.start(app, host, port, "PORTAL_METRICS_PORT", "PORTAL_METRICS_HOST");
    }

    public void stop() {
        app.stop();
    }
}
