package org.clientportal.application.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The value a row holds in the field its list is sorted by, as a cursor keeps it. */
public sealed interface SortValue {

    /** What kind of value a sort field holds, and so how it orders. */
    enum Kind {
        /** Text ordered ignoring the case of A–Z, then by Unicode code point. */
        TEXT,
        /** A point in time. */
        TIME,
        /** A calendar date that may be absent; absent ones come last in either direction. */
        OPTIONAL_DATE,
        /** How well a search hit matches, and the kind of record it is, which breaks ties of rank. */
        RELEVANCE,
        /** A rank (1 first) and, within it, a point in time: the queue's urgency. */
        RANKED_TIME
    }

    Kind kind();

    record Text(String value) implements SortValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.TEXT;
        }
    }

    record Time(Instant value) implements SortValue {
        public Time {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.TIME;
        }
    }

    record Date(Optional<LocalDate> value) implements SortValue {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Kind kind() {
            return Kind.OPTIONAL_DATE;
        }
    }

    /** A search hit's rank (finite, not negative) and its record type's wire name. */
    record Relevance(float rank, String type) implements SortValue {
        public Relevance {
            if (!Float.isFinite(rank) || rank < 0) {
                throw new IllegalArgumentException("rank must be finite and not negative: " + rank);
            }
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Kind kind() {
            return Kind.RELEVANCE;
        }
    }

    /** A rank from 1 (first) and a point in time, which orders the items of one rank. */
    record Ranked(int rank, Instant at) implements SortValue {
        public Ranked {
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be 1 or more: " + rank);
            }
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.RANKED_TIME;
        }
    }
}
