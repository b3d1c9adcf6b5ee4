package org.clientportal.adapters.web.operator;

/**
 * Where to go after signing in: the page that sent the operator to sign in, when it is one of the
 * app's own ({@code /app…}, never another site's address), else the dashboard.
 */
final class LandingPath {

    private static final String HOME = "/app";

    private LandingPath() {
    }

    static String of(String next) {
        if (next == null || !(next.equals(HOME) || next.startsWith(HOME + "/") || next.startsWith(HOME + "?"))
                || next.contains("//") || next.contains("\\") || next.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        return next;
    }
}
