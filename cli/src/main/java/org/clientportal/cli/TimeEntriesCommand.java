package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "time-entries", description = "Time logged against clients (portal capacity log adds it): list, correct and delete entries.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class TimeEntriesCommand {

    private final Resource entries;

    TimeEntriesCommand(Context context) {
        this.entries = new Resource(context, "/api/v1/time-entries",
                Column.fields("id", "date", "minutes", "billable", "clientId", "taskKey", "operatorId", "note"),
                Column.fields("id", "clientId", "projectId", "taskKey", "operatorId", "minutes", "date", "billable", "note",
                        "version", "createdAt", "updatedAt"));
    }

    @Command(name = "list", description = "List time entries by the day worked, newest first.", footerHeading = "%nExamples:%n", footer = {
            "  portal time-entries list --client 01a242d0-… --from 2026-11-01 --to 2026-11-30",
            "  portal time-entries list --operator me --billable false --csv"})
    void list(@Mixin ListOptions options,
              @Option(names = "--client", paramLabel = "CLIENT_ID") String clientId,
              @Option(names = "--project", paramLabel = "PROJECT_ID") String projectId,
              @Option(names = "--task", paramLabel = "KEY") String taskKey,
              @Option(names = "--operator", paramLabel = "OPERATOR_ID", description = "An operator's id, or me (the key's issuer).") String operatorId,
              @Option(names = "--from", paramLabel = "DATE") String from,
              @Option(names = "--to", paramLabel = "DATE") String to,
              @Option(names = "--billable", paramLabel = "true|false", arity = "1", description = "Only billable (true) or only unbilled (false) time.") Boolean billable) {
        entries.list(Query.of().with("clientId", clientId).with("projectId", projectId).with("taskKey", taskKey)
                .with("operatorId", operatorId).with("from", from).with("to", to).with("billable", billable), options);
    }

    @Command(name = "edit", description = "Correct a time entry (your own; owners and admins: anyone's); --note '' clears the note.",
            footerHeading = "%nExamples:%n", footer = {"  portal time-entries edit 01a242d0-… --minutes 45 --note 'call, not workshop'",
                    "  portal time-entries edit 01a242d0-… --billable false --if-version 1"})
    void edit(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Parameters(paramLabel = "ENTRY_ID") String id,
              @Option(names = "--minutes", description = "Whole minutes, 1-1440.") Integer minutes,
              @Option(names = "--date", paramLabel = "DATE") String date,
              @Option(names = "--note") String note,
              @Option(names = "--billable", paramLabel = "true|false", arity = "1") Boolean billable) {
        var changes = Json.object();
        Json.putIfGiven(changes, "minutes", minutes);
        Json.putIfGiven(changes, "date", date);
        Json.putOrClear(changes, "note", note);
        Json.putIfGiven(changes, "billable", billable);
        entries.change(id, changes, ifVersion, options);
    }

    @Command(name = "delete", description = "Delete a time entry (your own; owners and admins: anyone's); the audit trail keeps what it held.",
            footerHeading = "%nExamples:%n", footer = "  portal time-entries delete 01a242d0-…")
    void delete(@Mixin IfVersion ifVersion, @Parameters(paramLabel = "ENTRY_ID") String id) {
        entries.delete(entries.item(id), ifVersion, "Time entry " + id + " is deleted.");
    }
}
