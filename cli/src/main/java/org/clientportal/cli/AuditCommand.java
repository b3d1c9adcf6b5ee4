package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "The audit trail, newest first: every change, who made it and in which request.",
        footerHeading = "%nExamples:%n", footer = {"  portal audit --limit 20", "  portal audit --entity-type client --entity-id 01a242d0-… --json"})
final class AuditCommand implements Runnable {

    private final Resource events;

    @Mixin
    ListOptions options;

    @Option(names = "--entity-type", paramLabel = "TYPE", description = "client, project, task, api-key, … (see docs/http-api.md).")
    String entityType;

    @Option(names = "--entity-id", paramLabel = "ID", description = "A record's id (a task's id, not its key).")
    String entityId;

    AuditCommand(Context context) {
        this.events = new Resource(context, "/api/v1/audit-events",
                Column.fields("at", "actor", "action", "entityType", "entityId", "requestId"), List.of());
    }

    @Override
    public void run() {
        events.list(Query.of().with("entityType", entityType).with("entityId", entityId), options);
    }
}
