package org.clientportal.adapters.http;

/** The port is taken by another process: reported in one line at start. */
public final class PortUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PortUnavailable(String host, int port, String setting) {
        super("port " + port + " on " + host + " is already in use; stop the other process or set " + setting);
    }
}
