package org.clientportal.adapters.http;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;

/** Starting a server on its port, the same way for the API and for metrics. */
final class Listeners {

    private Listeners() {
    }

    /**
     * Starts serving; port 0 picks a free one. Returns the port. Javalin calls every failure to bind
     * "port in use"; the cause tells a taken port from an address that is not this machine's.
     */
    static int start(Javalin app, String host, int port, String portSetting, String hostSetting) {
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            app.stop();
            throw refusal(e, host, port, portSetting, hostSetting);
        }
        return app.port();
    }

    private static PortUnavailable refusal(Throwable e, String host, int port, String portSetting, String hostSetting) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException) {
                return PortUnavailable.notHere(host, port, "no such host", hostSetting);
            }
            if (cause instanceof BindException bind && !String.valueOf(bind.getMessage()).contains("in use")) {
                return PortUnavailable.notHere(host, port, bind.getMessage(), hostSetting);
            }
        }
        return PortUnavailable.taken(host, port, portSetting);
    }
}
