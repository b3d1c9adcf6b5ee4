package org.clientportal.domain.project;

import java.util.Optional;
import java.util.regex.Pattern;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.NotFound;

/** The human key of a task, its client's prefix and a number: {@code ACME-42}. Unique within the agency. */
public record TaskKey(String value) {

    /** The shape of a key: 2–10 upper-case letters or digits starting with a letter, a hyphen, a number. */
    public static final String PATTERN = "^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$";

    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public TaskKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must look like ACME-42: 2-10 upper-case letters or digits, a hyphen, a number");
        }
    }

    /** The key of the client's {@code number}-th task. */
    public static TaskKey of(TaskKeyPrefix prefix, long number) {
        return new TaskKey(prefix.value() + "-" + number);
    }

    /** For keys in paths: a malformed one names nothing, so it is not found. */
    public static TaskKey parse(String raw) {
        return read(raw).orElseThrow(() -> new NotFound("task", String.valueOf(raw)));
    }

    /** The key, or empty when the text is not one. */
    public static Optional<TaskKey> read(String raw) {
        return raw != null && SHAPE.matcher(raw).matches() ? Optional.of(new TaskKey(raw)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
