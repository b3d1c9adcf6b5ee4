package org.clientportal.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mailbox address, kept in lower case so that lookups and uniqueness ignore case. Also rebuilt
 * from storage, so it checks only its shape; what an address a caller sends may hold is checked
 * first, by {@link Validation} with {@link Text}'s single-line rule.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || Text.length(value) > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an email address of at most " + MAX_LENGTH + " characters");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
