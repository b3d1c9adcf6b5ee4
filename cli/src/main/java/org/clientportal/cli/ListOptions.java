package org.clientportal.cli;

import picocli.CommandLine.Option;

/** How a list is fetched and printed: every page by default, at most {@code --limit} items; table, JSON or CSV. */
public final class ListOptions extends OutputOptions {

    @Option(names = "--csv", description = "Print CSV (a header row, then one row per item).")
    boolean csv;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N items (default: all of them, page after page).")
    Integer limit;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "Items asked for per request, 1-100 (default: ${DEFAULT-VALUE}).")
    int pageSize;

    void validate() {
        if (json && csv) {
            throw CliFailure.usage("error: choose one of --json and --csv");
        }
        if (limit != null && limit < 1) {
            throw CliFailure.usage("error: --limit must be at least 1");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw CliFailure.usage("error: --page-size must be 1-100");
        }
    }
}
