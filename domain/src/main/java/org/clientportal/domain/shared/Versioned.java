package org.clientportal.domain.shared;

import java.util.Objects;

/**
 * A value with the version it is stored at, for settings that are replaced whole: version 0 is a
 * value never stored (the defaults), every replacement adds one.
 */
public record Versioned<T>(T value, long version) {

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 0) {
            throw new IllegalArgumentException("a version is never negative");
        }
    }

    /** A value nobody stored: the defaults. */
    public static <T> Versioned<T> unstored(T value) {
        return new Versioned<>(value, 0);
    }

    /** The value that replaces this one, at the next version. */
    public Versioned<T> replacedBy(T next) {
        return new Versioned<>(next, version + 1);
    }
}
