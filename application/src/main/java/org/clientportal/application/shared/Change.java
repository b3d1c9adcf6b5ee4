package org.clientportal.application.shared;

/**
 * One field of a partial update: left as it is, or set to a value ({@code null} clears an
 * optional field). Distinguishes "absent" from "null" without nested Optionals.
 */
public record Change<T>(boolean present, T value) {

    private static final Change<?> KEEP = new Change<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** The value after this change: the one set, or {@code current} when the field is left as it is. */
    public T or(T current) {
        return present ? value : current;
    }
}
