package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", description = "The audit trail, newest first: every change, who made it and in which request.",
        footerHeading = "%nExamples:%n", footer = {"  portal audit --limit 20", "  portal audit --entity-type client --entity-id 01a242d0-… --json"})
final class AuditCommand extends ListCommand {

    @Option(names = "--entity-type", paramLabel = "TYPE", description = "client, project, task, api-key, … (see docs/http-api.md).")
    String entityType;

    @Option(names = "--entity-id", paramLabel = "ID", description = "A record's id (a task's id, not its key).")
    String entityId;

    AuditCommand(Context context) {
        super(context, "/api/v1/audit-events", Column.fields("at", "actor", "action", "entityType", "entityId", "requestId"));
    }

    @Override
    Query query() {
        return Query.of().with("entityType", entityType).with("entityId", entityId);
    }
}
