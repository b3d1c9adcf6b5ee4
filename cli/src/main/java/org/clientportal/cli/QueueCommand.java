package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "queue", description = "What needs an operator now, most urgent first, each with why.",
        footerHeading = "%nExamples:%n", footer = {"  portal queue", "  portal queue --limit 10 --json"})
final class QueueCommand implements Runnable {

    private final Resource queue;

    @Mixin
    ListOptions options;

    QueueCommand(Context context) {
        this.queue = new Resource(context, "/api/v1/queue", Column.fields("kind", "subjectKey", "title", "why", "at"), List.of());
    }

    @Override
    public void run() {
        queue.list(Query.of(), options);
    }
}
