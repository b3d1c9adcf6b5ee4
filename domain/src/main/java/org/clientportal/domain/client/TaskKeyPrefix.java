package org.clientportal.domain.client;

import java.util.Locale;
import org.clientportal.domain.shared.AlreadyExists;

/**
 * The prefix of a client's task keys, {@code ACME} in {@code ACME-42}: 2–10 letters or digits,
 * starting with a letter, unique within the agency. Taken in any case, kept in upper case.
 */
public record TaskKeyPrefix(String value) {

    public static final int MAX_LENGTH = 10;
    public static final String TAKEN = "client.task-key-prefix-taken";
    /** What a client gets whose name holds fewer than two usable characters (a name in another script). */
    public static final String FALLBACK = "CLIENT";

    public TaskKeyPrefix {
        if (!wellShaped(value)) {
            throw new IllegalArgumentException("must be 2-10 letters or digits, starting with a letter");
        }
        value = value.toUpperCase(Locale.ROOT);
    }

    /** {@code [A-Za-z][A-Za-z0-9]{1,9}}, checked by hand: every client read builds one, and a regex cost more. */
    private static boolean wellShaped(String value) {
        if (value == null || value.length() < 2 || value.length() > MAX_LENGTH || !isAsciiLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetter(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The prefix a client's name suggests: its letters A–Z and digits in upper case, from the first
     * letter on, at most ten ({@code "Acme Ltd."} gives {@code ACMELTD}); {@link #FALLBACK} when
     * fewer than two remain.
     */
    public static TaskKeyPrefix derivedFrom(String name) {
        StringBuilder kept = new StringBuilder(MAX_LENGTH);
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (kept.length() < MAX_LENGTH && (letter || (digit && kept.length() > 0))) {
                kept.append(c);
            }
        }
        return new TaskKeyPrefix(kept.length() < 2 ? FALLBACK : kept.toString());
    }

    /**
     * The alternative numbered {@code n} (from 2) for when this prefix is taken: {@code ACME2},
     * {@code ACME3}, …; shortened as needed to leave room for the number.
     */
    public TaskKeyPrefix withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("suffixes start at 2");
        }
        String suffix = Integer.toString(n);
        return new TaskKeyPrefix(value.substring(0, Math.min(value.length(), MAX_LENGTH - suffix.length())) + suffix);
    }

    /** The refusal of a prefix another client of the agency has. */
    public AlreadyExists taken() {
        return new AlreadyExists(TAKEN, "Another client already has the task key prefix " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
