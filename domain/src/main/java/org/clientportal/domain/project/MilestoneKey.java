package org.clientportal.domain.project;

import java.util.regex.Pattern;

/** A milestone's stable handle within its project, e.g. {@code design-signoff}. */
public record MilestoneKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

    public MilestoneKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be 1-40 lower-case letters, digits or hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
