package org.clientportal.adapters.persistence;

import java.net.UnknownHostException;

/**
 * PostgreSQL did not let the service in at start: not listening, unknown host, refused login or
 * missing database. The message is one line fit to print before exiting, for example
 * {@code cannot reach PostgreSQL at 127.0.0.1:5432/portal as postgres: Connection refused}.
 */
public final class DatabaseUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseUnreachable(JdbcUrl url, String user, Throwable cause) {
        super("cannot reach PostgreSQL at " + url + " as " + user + ": " + reason(cause), cause);
    }

    /** The innermost cause says it best ("Connection refused"); the driver's wrapper adds advice. */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof UnknownHostException) {
            message = "unknown host " + message;
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
