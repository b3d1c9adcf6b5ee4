package org.clientportal.adapters.persistence;

/**
 * PostgreSQL answered, but preparing it for the service failed: the database could not be created,
 * the runtime role is unfit, or a migration failed. The message is one line fit to print before
 * exiting; the cause keeps the details.
 */
public final class DatabaseSetupFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseSetupFailed(String message, Throwable cause) {
        super(message.replaceAll("\\s+", " ").strip(), cause);
    }
}
