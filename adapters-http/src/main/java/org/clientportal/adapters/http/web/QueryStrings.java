package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Javalin silently drops a query parameter whose percent-encoding is broken ({@code ?q=%zz}), so a
 * filter would be ignored and the caller would get an unfiltered list. Such a query is refused
 * with 400 instead, naming the parameter.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static void requireWellFormed(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (decodes(pair)) {
                continue;
            }
            throw ValidationFailed.of(decodes(name) ? decode(name) : "query",
                    "is not valid percent-encoding (write % as %25)");
        }
    }

    private static boolean decodes(String text) {
        try {
            decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
