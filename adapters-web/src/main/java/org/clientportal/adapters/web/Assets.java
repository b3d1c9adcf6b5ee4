package org.clientportal.adapters.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The pages' scripts and styles, read from the jar once and served under {@code /assets/}: htmx from
 * its webjar, the stylesheet and the portal's sign-in script from this module. Nothing is fetched
 * from anywhere else, at build or at run time.
 */
final class Assets {

    private static final String HTMX = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";

    private record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> byName;

    Assets() {
        this.byName = Map.of(
                "htmx.min.js", new Asset(read("META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js"),
                        "text/javascript; charset=utf-8"),
                "web.css", new Asset(read("org/clientportal/adapters/web/assets/web.css"), "text/css; charset=utf-8"),
                "portal-sign-in.js", script("portal-sign-in.js"),
                "portal-upload.js", script("portal-upload.js"),
                "favicon.svg", new Asset(read("org/clientportal/adapters/web/assets/favicon.svg"), "image/svg+xml"));
    }

    void register(RoutesConfig routes) {
        routes.get("/assets/{name}", ctx -> {
            Asset asset = byName.get(ctx.pathParam("name"));
            SecurityHeaders.onAsset(ctx);
            if (asset == null) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("No such asset");
                return;
            }
            ctx.contentType(asset.contentType()).result(asset.bytes());
        });
    }

    private static Asset script(String name) {
        return new Asset(read("org/clientportal/adapters/web/assets/" + name), "text/javascript; charset=utf-8");
    }

    private static String htmxVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource(HTMX)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String name) {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The web app's asset " + name + " is missing from the class path");
        }
        return in;
    }
}
