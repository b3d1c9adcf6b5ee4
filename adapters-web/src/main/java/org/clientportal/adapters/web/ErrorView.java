package org.clientportal.adapters.web;

/** A page that could not be shown, and why. */
public record ErrorView(Frame frame, Refusal refusal) {

    static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 403 -> "Not allowed";
            case 429 -> "Too many attempts";
            case 503 -> "Unavailable";
            default -> "Not done";
        };
    }
}
