package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stale", description = "Leads, projects under way and open tasks nobody touched for a number of days, oldest first.",
        footerHeading = "%nExamples:%n", footer = {"  portal stale", "  portal stale --days 30"})
final class StaleCommand extends ListCommand {

    @Option(names = "--days", paramLabel = "N", description = "Untouched for at least N days (14 by default, 1-3650).")
    Integer days;

    StaleCommand(Context context) {
        super(context, "/api/v1/stale", Column.fields("type", "key", "title", "status", "updatedAt", "id"));
    }

    @Override
    Query query() {
        return Query.of().with("days", days);
    }
}
