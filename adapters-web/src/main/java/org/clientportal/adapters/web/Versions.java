package org.clientportal.adapters.web;

import io.javalin.http.Context;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * The version of the record a form was shown with, sent back in a hidden field: a move made on a
 * stale page is refused as a concurrent change, exactly as a stale If-Match is on the API.
 */
public final class Versions {

    private static final String FIELD = "version";

    private Versions() {
    }

    public static long of(Context ctx) {
        try {
            return Long.parseLong(Form.text(ctx, FIELD));
        } catch (NumberFormatException e) {
            throw ValidationFailed.of(FIELD, "must be the record's version as the page showed it");
        }
    }
}
