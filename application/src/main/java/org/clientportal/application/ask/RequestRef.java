package org.clientportal.application.ask;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.project.TaskKey;

/** One line of a client's list of requests: a task request or an ask, by its id and key, and when it was filed. */
public record RequestRef(Type type, UUID id, TaskKey key, Instant createdAt) {

    public enum Type {
        TASK, ASK
    }

    public RequestRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Position position() {
        return new Position(new SortValue.Time(createdAt), id);
    }
}
