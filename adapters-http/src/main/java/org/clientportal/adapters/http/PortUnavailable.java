package org.clientportal.adapters.http;

/**
 * A listener cannot open: the port is taken, or the address is not this machine's. Reported in one
 * line at start.
 */
public final class PortUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private PortUnavailable(String message) {
        super(message);
    }

    static PortUnavailable taken(String host, int port, String portSetting) {
        return new PortUnavailable("port " + port + " on " + host + " is already in use; stop the other process or set "
                + portSetting);
    }

    static PortUnavailable notHere(String host, int port, String reason, String hostSetting) {
        return new PortUnavailable("cannot listen on " + host + ":" + port + " (" + reason + "); set " + hostSetting
                + " to an address of this machine");
    }
}
