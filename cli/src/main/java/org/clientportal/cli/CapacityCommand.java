package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "capacity", description = "A client's budgets of hours, how much of each period is used, and logging time against them.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class CapacityCommand {

    private static final List<Column> PERIODS = List.of(Column.field("period"), Column.field("start"), Column.field("end"),
            Column.field("budgetHours"), Column.field("usedHours"), Column.field("remainingHours"), Column.field("percentUsed"));

    private final Context context;

    CapacityCommand(Context context) {
        this.context = context;
    }

    @Command(name = "show", description = "Each budget's periods in a range (by default the period holding today).",
            footerHeading = "%nExamples:%n", footer = {"  portal capacity show 01a242d0-…", "  portal capacity show 01a242d0-… --from 2026-01-01 --to 2026-12-31"})
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "CLIENT_ID") String clientId,
              @Option(names = "--from", paramLabel = "DATE") String from,
              @Option(names = "--to", paramLabel = "DATE") String to) {
        JsonNode capacity = context.api().get("/api/v1/clients/" + Resource.segment(clientId) + "/capacity",
                Query.of().with("from", from).with("to", to)).json();
        if (options.json) {
            context.printer().line(Json.pretty(capacity));
            return;
        }
        List<JsonNode> periods = new ArrayList<>();
        capacity.path("budgets").forEach(budget -> budget.path("periods").forEach(period ->
                periods.add(((ObjectNode) period.deepCopy()).put("period", budget.path("budget").path("period").asText()))));
        context.printer().table(periods, PERIODS);
    }

    @Command(name = "log", description = "Log time worked for a client (on one of its projects or tasks).",
            footerHeading = "%nExamples:%n", footer = "  portal capacity log 01a242d0-… --minutes 90 --task ACME-42 --note 'workshop prep'")
    void log(@Mixin OutputOptions options, @Parameters(paramLabel = "CLIENT_ID") String clientId,
             @Option(names = "--minutes", required = true, description = "Whole minutes, 1-1440.") int minutes,
             @Option(names = "--date", paramLabel = "DATE", description = "The day worked (default: today).") String date,
             @Option(names = "--project", paramLabel = "PROJECT_ID") String projectId,
             @Option(names = "--task", paramLabel = "KEY") String taskKey,
             @Option(names = "--note") String note,
             @Option(names = "--non-billable") boolean nonBillable) {
        var body = Json.object().put("clientId", clientId).put("minutes", minutes)
                .put("date", date != null ? date : LocalDate.now().toString()).put("billable", !nonBillable);
        Json.putIfGiven(body, "projectId", projectId);
        Json.putIfGiven(body, "taskKey", taskKey);
        Json.putIfGiven(body, "note", note);
        var entry = context.api().post("/api/v1/time-entries", body).json();
        context.printer().record(entry, Column.fields("id", "clientId", "projectId", "taskKey", "minutes", "date", "billable", "note"), options);
    }
}
