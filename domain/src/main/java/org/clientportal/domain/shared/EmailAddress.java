package org.clientportal.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A mailbox address, kept in lower case so that lookups and uniqueness ignore case. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an email address of at most " + MAX_LENGTH + " characters");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
