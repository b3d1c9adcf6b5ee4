package org.clientportal.adapters.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;

/** Starting a server on its port, the same way for the API and for metrics. */
final class Listeners {

    private Listeners() {
    }

    /** Starts serving; port 0 picks a free one. Returns the port; a taken one names {@code setting}. */
    static int start(Javalin app, String host, int port, String setting) {
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            app.stop();
            throw new PortUnavailable(host, port, setting);
        }
        return app.port();
    }
}
