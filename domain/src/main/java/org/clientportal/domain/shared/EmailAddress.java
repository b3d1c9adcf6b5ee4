package org.clientportal.domain.shared;

import java.util.Locale;

/**
 * A mailbox address, kept in lower case so that lookups and uniqueness ignore case. Also rebuilt
 * from storage, so it checks only its shape; what an address a caller sends may hold is checked
 * first, by {@link Validation} with {@link Text}'s single-line rule.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || Text.length(value) > MAX_LENGTH || !wellShaped(value)) {
            throw new IllegalArgumentException("must be an email address of at most " + MAX_LENGTH + " characters");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code local@domain.tld}: one {@code @} with text before it, a dot inside what follows, no
     * whitespace. A loop rather than a regular expression: every client read from storage checks it.
     */
    private static boolean wellShaped(String value) {
        int at = value.indexOf('@');
        if (at < 1 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        boolean innerDot = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
            innerDot |= c == '.' && i > at + 1 && i < value.length() - 1;
        }
        return innerDot;
    }

    @Override
    public String toString() {
        return value;
    }
}
