package org.clientportal.application.operator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clientportal.domain.shared.Text;
import org.clientportal.domain.shared.Validation;

/** The password rule: long enough to resist guessing, short enough for bcrypt's 72 bytes. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private Passwords() {
    }

    public static String check(Validation v, String field, String password) {
        if (password == null || password.isEmpty()) {
            v.add(field, "is required");
            return null;
        }
        Optional<String> malformed = Text.problem(password, Text.Kind.SECRET, Integer.MAX_VALUE);
        if (malformed.isPresent()) {
            v.add(field, malformed.get());
            return null;
        }
        if (Text.length(password) < MIN_LENGTH) {
            v.add(field, "must be at least " + MIN_LENGTH + " characters");
            return null;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            v.add(field, "must be at most " + MAX_BYTES + " bytes");
            return null;
        }
        return password;
    }
}
