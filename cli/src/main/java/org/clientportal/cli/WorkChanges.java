package org.clientportal.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;

/** What an edit of a task and of a project both change, the same way: description, due date, who sees it; '' clears each. */
public final class WorkChanges {

    @Option(names = "--description")
    String description;

    @Option(names = "--due", paramLabel = "DATE")
    String dueDate;

    @Option(names = "--visibility", description = "internal, or client: shown to the client's contacts.")
    String visibility;

    /** These changes, to which the command adds its own fields. */
    ObjectNode body() {
        ObjectNode changes = Json.object();
        Json.putOrClear(changes, "description", description);
        Json.putOrClear(changes, "dueDate", dueDate);
        Json.putOrClear(changes, "visibility", visibility);
        return changes;
    }
}
