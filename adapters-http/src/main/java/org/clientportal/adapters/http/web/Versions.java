package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * ETags are the record's version in quotes; If-Match sends one back to guard an update. If-Match
 * uses the strong comparison (RFC 9110, 13.1.1): a weak tag ({@code W/"3"}) never matches, so it is
 * refused with 412 rather than taken for the strong one.
 */
public final class Versions {

    private static final Pattern ETAG = Pattern.compile("^\"(\\d{1,18})\"$");

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the caller based its change on; empty when it sent no If-Match (or {@code *}). */
    public static Optional<Long> ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher m = ETAG.matcher(header.strip());
        if (header.strip().startsWith("W/")) {
            throw new DomainError(ErrorKind.PRECONDITION_FAILED, "precondition-failed",
                    "If-Match uses the strong comparison, so a weak ETag (W/\"...\") never matches; send the ETag"
                            + " as this API sent it, such as \"3\"");
        }
        if (!m.matches()) {
            throw new DomainError(ErrorKind.PRECONDITION_FAILED, "precondition-failed",
                    "If-Match must be an ETag this API sent, such as \"3\"");
        }
        return Optional.of(Long.parseLong(m.group(1)));
    }
}
