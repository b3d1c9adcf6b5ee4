package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "milestones", description = "A project's milestones, in order, with their linked tasks: list them, replace the plan, complete one.",
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
        print(context.api().get(plan(projectId)).json(), options);
    }

    /** One milestone of a plan given by options: {@code --milestone KEY --title T [--tasks K,K] [--due D] [--client-visible]}. */
    static final class MilestoneOption {
        @Option(names = "--milestone", required = true, paramLabel = "KEY", description = "Its key: 1-40 lower-case letters, digits or hyphens; a kept key keeps its completion.")
        String key;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--tasks", split = ",", paramLabel = "TASK_KEY", description = "The tasks that deliver it, comma-separated (ACME-1,ACME-2).")
        List<String> taskKeys;

        @Option(names = "--due", paramLabel = "DATE")
        String dueDate;

        @Option(names = "--client-visible", description = "Show it to the client's contacts once the project is shared.")
        boolean clientVisible;

        ObjectNode json() {
            ObjectNode milestone = Json.object().put("key", key).put("title", title);
            ArrayNode tasks = milestone.putArray("taskKeys");
            if (taskKeys != null) {
                taskKeys.forEach(tasks::add);
            }
            Json.putIfGiven(milestone, "dueDate", dueDate);
            return milestone.put("visibility", clientVisible ? "client" : "internal");
        }
    }

    /** Where the new plan comes from: a file, or one option group per milestone. */
    static final class PlanSource {
        @Option(names = "--file", paramLabel = "FILE", description = "A JSON file: {\"milestones\": [{key, title, taskKeys, dueDate?, visibility?}]} or just the list; - reads standard input.")
        Path file;

        @ArgGroup(exclusive = false, multiplicity = "1..*")
        List<MilestoneOption> milestones;
    }

    @Command(name = "set", description = "Replace a project's whole milestone plan, in order, with If-Match of the plan's version just read (a change made meanwhile: exit 3); every task key must name a task of the project.",
            footerHeading = "%nExamples:%n", footer = {
                    "  portal milestones set 01a242d0-… \\",
                    "    --milestone discovery --title 'Discovery done' --tasks ACME-1,ACME-2 \\",
                    "    --milestone launch --title 'Site live' --tasks ACME-8 --due 2027-04-30",
                    "  portal projects milestones set 01a242d0-… --file plan.json",
                    "  echo '[]' | portal milestones set 01a242d0-… --file -    # no milestones"})
    void set(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Parameters(paramLabel = "PROJECT_ID") String projectId,
             @ArgGroup(exclusive = true, multiplicity = "1") PlanSource source) {
        ObjectNode body;
        if (source.file != null) {
            body = fromFile(source.file);
        } else {
            body = Json.object();
            ArrayNode milestones = body.putArray("milestones");
            source.milestones.forEach(milestone -> milestones.add(milestone.json()));
        }
        ApiClient api = context.api();
        String etag = ifVersion.etag() != null ? ifVersion.etag() : api.get(plan(projectId)).header("ETag");
        api.put(plan(projectId), body, etag);
        // The plan as list shows it, each linked task with its status (the PUT answers the project's plan without them).
        print(api.get(plan(projectId)).json(), options);
    }

    private void print(JsonNode plan, OutputOptions options) {
        if (options.json) {
            context.printer().line(Json.pretty(plan));
        } else {
            List<JsonNode> milestones = new ArrayList<>();
            plan.path("milestones").forEach(milestones::add);
            context.printer().table(milestones, COLUMNS);
        }
    }

    /** The plan in a file (or standard input): the API's body, or only its list of milestones. */
    private ObjectNode fromFile(Path file) {
        String text;
        try {
            text = "-".equals(file.toString()) ? new String(context.in().readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.usage("error: --file: cannot read " + file + ": " + e.getMessage());
        }
        JsonNode plan;
        try {
            plan = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage("error: --file: " + file + " is " + e.getMessage());
        }
        if (plan.isArray()) {
            ObjectNode body = Json.object();
            body.set("milestones", plan);
            return body;
        }
        if (plan.isObject()) {
            return (ObjectNode) plan;
        }
        throw CliFailure.usage("error: --file: " + file + " holds neither {\"milestones\": [...]} nor a list of milestones");
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
