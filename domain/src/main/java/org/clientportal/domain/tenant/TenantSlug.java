package org.clientportal.domain.tenant;

import java.util.Locale;
import java.util.regex.Pattern;

/** The agency's short name in URLs (public intake) and at login. */
public record TenantSlug(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");

    public TenantSlug {
        if (value == null || !SHAPE.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException(
                    "must be 1-40 lower-case letters, digits or inner hyphens");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
