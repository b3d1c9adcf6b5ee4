package org.clientportal.application.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * A position in a list ordered by time-ordered id: "the items after this id". Opaque to callers,
 * and stable when rows are inserted, because it names a row, not an offset.
 */
public record Cursor(UUID after) {

    private static final String PREFIX = "v1:";

    public Cursor {
        Objects.requireNonNull(after, "after");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + after).getBytes(StandardCharsets.UTF_8));
    }

    /** Throws a validation error naming the {@code cursor} parameter for anything this API did not issue. */
    public static Cursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return Ids.tryParse(text.substring(PREFIX.length())).map(Cursor::new).orElseThrow(Cursor::malformed);
            }
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        throw malformed();
    }

    private static ValidationFailed malformed() {
        return ValidationFailed.of("cursor", "is not a cursor this API issued");
    }
}
