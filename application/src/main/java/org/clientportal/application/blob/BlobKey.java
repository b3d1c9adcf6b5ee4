package org.clientportal.application.blob;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name a blob is stored under inside its tenant's space: chosen by the portal (an id), never a
 * file name a person typed. Lower-case letters, digits, '-' and '_' only, so the name means the
 * same on every file system and object store, and no key can climb out of its tenant's space
 * (no '/', no '.', no '..').
 */
public record BlobKey(String value) {

    public static final int MAX_LENGTH = 128;

    private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9_-]{0," + (MAX_LENGTH - 1) + "}");

    public BlobKey {
        Objects.requireNonNull(value, "blob key");
        if (!isValid(value)) {
            throw new IllegalArgumentException("a blob key is 1 to " + MAX_LENGTH
                    + " of a-z, 0-9, '-' and '_', starting with a letter or digit");
        }
    }

    /** Whether a name found in a store is one of ours (a store skips anything else it lists). */
    public static boolean isValid(String value) {
        return SAFE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
