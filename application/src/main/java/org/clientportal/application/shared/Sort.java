package org.clientportal.application.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * One order of a list: one field, ascending or descending, written as the API takes it in
 * {@code sort}: {@code name}, or {@code -createdAt} for descending. Rows that tie on the field are
 * ordered by id in the same direction, so that every order is total and a cursor names one place.
 */
public record Sort<F extends Enum<F> & SortField>(F field, boolean descending) {

    public Sort {
        Objects.requireNonNull(field, "field");
    }

    public static <F extends Enum<F> & SortField> Sort<F> ascending(F field) {
        return new Sort<>(field, false);
    }

    public static <F extends Enum<F> & SortField> Sort<F> descending(F field) {
        return new Sort<>(field, true);
    }

    public String wireName() {
        return (descending ? "-" : "") + field.wireName();
    }

    /** Every order these fields allow, as the API writes them: each field ascending, then descending. */
    public static <F extends Enum<F> & SortField> List<String> wireNames(Class<F> fields) {
        List<String> names = new ArrayList<>();
        for (F field : EnumSet.allOf(fields)) {
            names.add(ascending(field).wireName());
            names.add(descending(field).wireName());
        }
        return names;
    }

    /** Throws {@link IllegalArgumentException} naming the allowed orders for anything else. */
    public static <F extends Enum<F> & SortField> Sort<F> parse(Class<F> fields, String raw) {
        boolean descending = raw.startsWith("-");
        String name = descending ? raw.substring(1) : raw;
        for (F field : EnumSet.allOf(fields)) {
            if (field.wireName().equals(name)) {
                return new Sort<>(field, descending);
            }
        }
        throw new IllegalArgumentException("must be one of " + String.join(", ", wireNames(fields)));
    }
}
