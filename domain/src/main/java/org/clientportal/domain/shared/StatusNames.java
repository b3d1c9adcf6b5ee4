package org.clientportal.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a status from its wire name, refusing unknown ones with the list of known ones. */
public final class StatusNames {

    private StatusNames() {
    }

    public static <S extends Enum<S>> S parse(Class<S> statuses, String raw) {
        for (S status : statuses.getEnumConstants()) {
            if (status.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException("must be one of " + known(statuses));
    }

    public static <S extends Enum<S>> String known(Class<S> statuses) {
        return Arrays.stream(statuses.getEnumConstants())
                .map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
