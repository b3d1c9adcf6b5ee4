package org.clientportal.cli;

import picocli.CommandLine.Command;

@Command(name = "queue", description = "What needs an operator now, most urgent first, each with why.",
        footerHeading = "%nExamples:%n", footer = {"  portal queue", "  portal queue --limit 10 --json"})
final class QueueCommand extends ListCommand {

    QueueCommand(Context context) {
        super(context, "/api/v1/queue", Column.fields("kind", "subjectKey", "title", "why", "at"));
    }

    @Override
    Query query() {
        return Query.of();
    }
}
