package org.clientportal.domain.project;

import java.util.regex.Pattern;

/** The human key of a task, a prefix and a number: {@code ACME-42}. */
public record TaskKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$");

    public TaskKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must look like ACME-42: 2-10 upper-case letters or digits, a hyphen, a number");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
