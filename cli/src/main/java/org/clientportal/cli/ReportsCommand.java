package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reports", description = "Reports to clients: generate a draft, edit it in $EDITOR, submit, approve, publish or discard.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class ReportsCommand {

    private final Context context;
    private final Resource reports;

    ReportsCommand(Context context) {
        this.context = context;
        this.reports = new Resource(context, "/api/v1/reports", Column.fields("id", "title", "status", "from", "to", "clientId"),
                Column.fields("id", "title", "status", "allowedTransitions", "clientId", "projectId", "from", "to", "version",
                        "updatedAt"));
    }

    @Command(name = "list", description = "List reports, newest first.", footerHeading = "%nExamples:%n",
            footer = "  portal reports list --status in_review")
    void list(@Mixin ListOptions options,
              @Option(names = "--client", paramLabel = "CLIENT_ID") String clientId,
              @Option(names = "--project", paramLabel = "PROJECT_ID") String projectId,
              @Option(names = "--status", description = "draft, in_review, approved, published or discarded.") String status) {
        reports.list(Query.of().with("clientId", clientId).with("projectId", projectId).with("status", status), options);
    }

    @Command(name = "show", description = "Show a report, its Markdown last.", footerHeading = "%nExamples:%n", footer = "  portal reports show 01a242d0-…")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "REPORT_ID") String id) {
        JsonNode report = context.api().get(reports.item(id)).json();
        reports.print(report, options);
        if (!options.json) {
            context.printer().line("");
            context.out().print(report.path("body").asText());
        }
    }

    @Command(name = "generate", description = "Draft a report on a period of a client's work (or of one shared project).",
            footerHeading = "%nExamples:%n", footer = "  portal reports generate --client 01a242d0-… --from 2026-11-01 --to 2026-11-30")
    void generate(@Mixin OutputOptions options,
                  @Option(names = "--client", paramLabel = "CLIENT_ID", required = true) String clientId,
                  @Option(names = "--from", paramLabel = "DATE", required = true) String from,
                  @Option(names = "--to", paramLabel = "DATE", required = true) String to,
                  @Option(names = "--project", paramLabel = "PROJECT_ID") String projectId,
                  @Option(names = "--title") String title) {
        var body = Json.object().put("clientId", clientId).put("from", from).put("to", to);
        Json.putIfGiven(body, "projectId", projectId);
        Json.putIfGiven(body, "title", title);
        reports.create(body, options);
    }

    @Command(name = "edit", description = "Edit a report's Markdown in $EDITOR (or only its --title); sent with the version read.",
            footerHeading = "%nExamples:%n", footer = {"  portal reports edit 01a242d0-…", "  EDITOR='code --wait' portal reports edit 01a242d0-… --title 'November'"})
    void edit(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Parameters(paramLabel = "REPORT_ID") String id,
              @Option(names = "--title") String title) {
        var changes = Json.putIfGiven(Json.object(), "title", title);
        IfVersion guard = ifVersion;
        if (title == null) {
            // The version sent is the one whose Markdown was edited: a change made while the editor was open is a 412.
            ApiResponse read = context.api().get(reports.item(id));
            guard = ifVersion.orRead(read.header("ETag"));
            String before = read.json().path("body").asText();
            String after = Editor.edit(context, before, ".md");
            if (after.equals(before)) {
                throw CliFailure.usage("error: the report is unchanged; nothing was sent");
            }
            changes.put("body", after);
        }
        reports.edit(id, changes, guard, options);
    }

    @Command(name = "submit", description = "Submit a draft for review.", footerHeading = "%nExamples:%n", footer = "  portal reports submit 01a242d0-…")
    void submit(@Mixin OutputOptions options, @Parameters(paramLabel = "REPORT_ID") String id) {
        reports.move(id, "in_review", null, options);
    }

    @Command(name = "approve", description = "Approve a report in review (owners and admins).", footerHeading = "%nExamples:%n",
            footer = "  portal reports approve 01a242d0-…")
    void approve(@Mixin OutputOptions options, @Parameters(paramLabel = "REPORT_ID") String id) {
        reports.move(id, "approved", null, options);
    }

    @Command(name = "discard", description = "Discard a report not yet published; it stays listed as discarded.",
            footerHeading = "%nExamples:%n", footer = "  portal reports discard 01a242d0-… --reason 'wrong period'")
    void discard(@Mixin OutputOptions options, @Parameters(paramLabel = "REPORT_ID") String id,
                 @Option(names = "--reason") String reason) {
        reports.move(id, "discarded", reason, options);
    }

    @Command(name = "publish", description = "Publish an approved report to the client's portal (owners and admins).",
            footerHeading = "%nExamples:%n", footer = "  portal reports publish 01a242d0-…")
    void publish(@Mixin OutputOptions options, @Parameters(paramLabel = "REPORT_ID") String id) {
        reports.move(id, "published", null, options);
    }
}
