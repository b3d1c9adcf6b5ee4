package org.clientportal.adapters.http.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Statuses and roles travel as lower-case names. */
public final class WireNames {

    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static List<String> of(Collection<? extends Enum<?>> values) {
        return values.stream().map(WireNames::of).toList();
    }
}
