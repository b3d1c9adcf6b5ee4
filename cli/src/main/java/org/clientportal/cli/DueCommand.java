package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "due", description = "Open tasks, milestones, unpublished reports and unpaid invoices coming due, soonest first.",
        footerHeading = "%nExamples:%n", footer = {"  portal due", "  portal due --within 30d --csv"})
final class DueCommand extends ListCommand {

    @Option(names = "--within", paramLabel = "DAYS", description = "How far ahead, such as 7d (the default) or 30d; 0d-366d.")
    String within;

    DueCommand(Context context) {
        super(context, "/api/v1/due", Column.fields("type", "key", "title", "dueDate", "status"));
    }

    @Override
    Query query() {
        return Query.of().with("within", within);
    }
}
