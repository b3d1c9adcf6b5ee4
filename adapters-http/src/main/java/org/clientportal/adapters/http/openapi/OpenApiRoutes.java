package org.clientportal.adapters.http.openapi;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clientportal.adapters.http.web.RawJson;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;

/** Serves the OpenAPI 3.1 description of this API, kept true by a test against the route table. */
public final class OpenApiRoutes {

    public static final String RESOURCE = "/openapi.json";

    private OpenApiRoutes() {
    }

    public static void register(RouteTable table) {
        String document = load();
        table.open(HandlerType.GET, "/api/v1/openapi.json", ctx -> Reply.ok(new RawJson(document)));
    }

    public static String load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OpenAPI document " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
