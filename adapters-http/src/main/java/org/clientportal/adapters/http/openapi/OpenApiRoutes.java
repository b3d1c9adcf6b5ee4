package org.clientportal.adapters.http.openapi;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.RawJson;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;

/**
 * Serves the OpenAPI 3.1 description of this API, generated at start from the routes as registered
 * (each with its {@link Operation}) and the records they read and answer. It is generated on another
 * thread while the service goes on starting (a few hundred milliseconds of reflection on a cold JVM);
 * a request for it before then waits for it.
 */
public final class OpenApiRoutes {

    public static final String PATH = "/api/v1/openapi.json";

    private static final Operation.Tag TAG = new Operation.Tag("Documentation", "This document.");

    private OpenApiRoutes() {
    }

    /**
     * Registers {@code GET /api/v1/openapi.json}, as the last route, and returns the document it
     * serves, being generated: the description of every route registered, itself included.
     */
    public static CompletableFuture<String> register(RouteTable table) {
        CompletableFuture<String> document = new CompletableFuture<>();
        table.open(HandlerType.GET, PATH, Operation.of("getOpenApiDocument", TAG, "This OpenAPI document")
                        .description("Generated from the routes and the records they read and answer; the same for"
                                + " every replica of one version.")
                        .answers(200, "The OpenAPI 3.1 description of this API.", Map.class)
                        .answersThroughOutages(),
                ctx -> Reply.ok(new RawJson(document.join())));
        List<RouteTable.Declared> routes = table.declared();
        document.completeAsync(() -> OpenApiGenerator.generate(routes));
        return document;
    }
}
