package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "milestones", description = "A project's milestones, in order, with their linked tasks; complete one.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class MilestonesCommand {

    private static final List<Column> COLUMNS = List.of(Column.field("key"), Column.field("title"), Column.field("dueDate"),
            new Column("tasks", MilestonesCommand::tasks), Column.field("ready"), Column.field("completedAt"));

    private final Context context;

    MilestonesCommand(Context context) {
        this.context = context;
    }

    @Command(name = "list", description = "List a project's milestones, each ready once all its tasks are done.",
            footerHeading = "%nExamples:%n", footer = "  portal milestones list 01a242d0-…")
    void list(@Mixin OutputOptions options, @Parameters(paramLabel = "PROJECT_ID") String projectId) {
        JsonNode plan = context.api().get(plan(projectId)).json();
        if (options.json) {
            context.printer().line(Json.pretty(plan));
        } else {
            List<JsonNode> milestones = new ArrayList<>();
            plan.path("milestones").forEach(milestones::add);
            context.printer().table(milestones, COLUMNS);
        }
    }

    @Command(name = "complete", description = "Complete a milestone (a client-visible one tells the client, once).",
            footerHeading = "%nExamples:%n", footer = "  portal milestones complete 01a242d0-… discovery")
    void complete(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "PROJECT_ID") String projectId,
                  @Parameters(index = "1", paramLabel = "KEY") String key) {
        JsonNode project = context.api().post(plan(projectId) + "/" + Resource.segment(key) + "/completion", Json.object()).json();
        if (options.json) {
            context.printer().line(Json.pretty(project));
        } else {
            context.printer().line("Milestone " + key + " of " + project.path("name").asText() + " is complete.");
        }
    }

    private static String plan(String projectId) {
        return "/api/v1/projects/" + Resource.segment(projectId) + "/milestones";
    }

    /** Each linked task's key with its status: {@code ACME-1 done, ACME-2 open}. */
    private static String tasks(JsonNode milestone) {
        List<String> tasks = new ArrayList<>();
        milestone.path("tasks").forEach(task -> tasks.add(task.path("key").asText() + " " + task.path("status").asText()));
        return String.join(", ", tasks);
    }
}
