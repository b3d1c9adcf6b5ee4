package org.clientportal.domain.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A state machine given by ONE table of allowed moves. The same table answers the guard, the list
 * of allowed moves in a refusal, the docs and the exhaustive tests.
 */
public final class Lifecycle<S extends Enum<S>> {

    private final String machine;
    private final Map<S, Set<S>> moves;

    private Lifecycle(String machine, Map<S, Set<S>> moves) {
        this.machine = machine;
        this.moves = moves;
    }

    public static <S extends Enum<S>> Builder<S> of(String machine, Class<S> statuses) {
        return new Builder<>(machine, statuses);
    }

    public String machine() {
        return machine;
    }

    public Set<S> allowedFrom(S from) {
        return moves.get(from);
    }

    public boolean allows(S from, S to) {
        return moves.get(from).contains(to);
    }

    /** Passes or throws the refusal that names the current status and every allowed move. */
    public void check(S from, S to) {
        if (!allows(from, to)) {
            List<String> allowed = allowedFrom(from).stream().map(Lifecycle::wireName).toList();
            throw new TransitionNotAllowed(machine, wireName(from), wireName(to), allowed);
        }
    }

    /** The lower-case name a status has outside the code. */
    public static String wireName(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** Builds the table; every status must be named as a source, even when final. */
    public static final class Builder<S extends Enum<S>> {
        private final String machine;
        private final Class<S> statuses;
        private final Map<S, Set<S>> moves;

        private Builder(String machine, Class<S> statuses) {
            this.machine = machine;
            this.statuses = statuses;
            this.moves = new EnumMap<>(statuses);
        }

        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            EnumSet<S> targets = EnumSet.noneOf(statuses);
            targets.addAll(Arrays.asList(to));
            moves.put(from, Collections.unmodifiableSet(targets));
            return this;
        }

        public Lifecycle<S> build() {
            for (S status : statuses.getEnumConstants()) {
                if (!moves.containsKey(status)) {
                    throw new IllegalStateException(machine + " table misses status " + status);
                }
            }
            return new Lifecycle<>(machine, Collections.unmodifiableMap(moves));
        }
    }
}
