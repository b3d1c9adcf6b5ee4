package org.clientportal.domain.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** A milestone links keys that name no task of its project: no task at all, or another project's. */
public final class UnknownTaskKeys extends DomainError {

    private static final long serialVersionUID = 1L;

    public UnknownTaskKeys(List<TaskKey> keys) {
        super(ErrorKind.UNPROCESSABLE, "project.unknown-task-keys",
                "No task of this project has the key " + keys.stream().map(TaskKey::value).collect(Collectors.joining(", ")),
                Map.of("taskKeys", keys.stream().map(TaskKey::value).toList()));
    }

    /** Passes when every linked key names one of the project's tasks; otherwise names, in order, each that does not. */
    public static void check(Collection<TaskKey> linked, Set<TaskKey> tasksOfProject) {
        List<TaskKey> unknown = linked.stream().filter(key -> !tasksOfProject.contains(key)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownTaskKeys(unknown);
        }
    }
}
