package org.clientportal.cli;

/**
 * The documented exit codes, and the one place an HTTP status becomes one of them (docs/cli.md,
 * "Exit codes"). A 400 from the portal is bad input, like a usage error: both are the caller's to fix.
 */
public final class ExitCode {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int NOT_FOUND = 2;
    public static final int REFUSED = 3;
    public static final int AUTH = 4;
    public static final int SERVER = 5;

    private ExitCode() {
    }

    public static int forStatus(int status) {
        return switch (status) {
            case 400, 413, 415 -> USAGE;
            case 401, 403 -> AUTH;
            case 404, 410 -> NOT_FOUND;
            case 409, 412, 422, 429 -> REFUSED;
            default -> status >= 500 || status < 400 ? SERVER : USAGE;
        };
    }
}
