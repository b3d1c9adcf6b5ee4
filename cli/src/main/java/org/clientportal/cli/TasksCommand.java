package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tasks", description = "Tasks, by their keys (ACME-42): list, show, create, edit, move and comment.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class TasksCommand {

    private final Context context;
    private final Resource tasks;

    TasksCommand(Context context) {
        this.context = context;
        this.tasks = new Resource(context, "/api/v1/tasks",
                Column.fields("key", "title", "status", "priority", "dueDate", "assigneeId"),
                Column.fields("key", "title", "status", "allowedTransitions", "priority", "dueDate", "assigneeId", "visibility",
                        "projectId", "clientId", "description", "source", "version", "createdAt", "updatedAt"));
    }

    @Command(name = "list", description = "List tasks, newest first.", footerHeading = "%nExamples:%n", footer = {
            "  portal tasks list --project 01a242d0-… --status open --status in_progress",
            "  portal tasks list --due-before 2027-01-01 --csv"})
    void list(@Mixin ListOptions options,
              @Option(names = "--project", paramLabel = "PROJECT_ID") String projectId,
              @Option(names = "--client", paramLabel = "CLIENT_ID") String clientId,
              @Option(names = "--status", paramLabel = "STATUS", description = "requested, open, in_progress, waiting_on_client, done or cancelled; repeatable.") List<String> statuses,
              @Option(names = "--assignee", paramLabel = "OPERATOR_ID") String assigneeId,
              @Option(names = "--due-before", paramLabel = "DATE") String dueBefore) {
        tasks.list(Query.of().with("projectId", projectId).with("clientId", clientId).withEach("status", statuses)
                .with("assigneeId", assigneeId).with("dueBefore", dueBefore), options);
    }

    @Command(name = "show", description = "Show one task.", footerHeading = "%nExamples:%n", footer = "  portal tasks show ACME-42")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "KEY") String key) {
        tasks.show(key, options);
    }

    @Command(name = "create", description = "Create a task on a project; it is keyed with its client's next number.",
            footerHeading = "%nExamples:%n", footer = "  portal tasks create --project 01a242d0-… --title 'Discovery workshop' --priority high --due 2027-01-15")
    void create(@Mixin OutputOptions options,
                @Option(names = "--project", paramLabel = "PROJECT_ID", required = true) String projectId,
                @Option(names = "--title", required = true) String title,
                @Option(names = "--description") String description,
                @Option(names = "--priority", description = "low, normal, high or urgent.") String priority,
                @Option(names = "--due", paramLabel = "DATE") String dueDate,
                @Option(names = "--assignee", paramLabel = "OPERATOR_ID") String assigneeId,
                @Option(names = "--visibility", description = "internal (the default) or client.") String visibility) {
        var body = Json.object().put("projectId", projectId).put("title", title);
        Json.putIfGiven(body, "description", description);
        Json.putIfGiven(body, "priority", priority);
        Json.putIfGiven(body, "dueDate", dueDate);
        Json.putIfGiven(body, "assigneeId", assigneeId);
        Json.putIfGiven(body, "visibility", visibility);
        tasks.create(body, options);
    }

    @Command(name = "edit", description = "Change a task: it is read, then changed with If-Match of the version read (a change made meanwhile: exit 3); '' clears an optional field (priority and visibility go back to normal and internal).",
            footerHeading = "%nExamples:%n", footer = {"  portal tasks edit ACME-42 --priority urgent --due 2027-01-10",
                    "  portal tasks edit ACME-42 --assignee '' --visibility client"})
    void edit(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Mixin WorkChanges work,
              @Parameters(paramLabel = "KEY") String key,
              @Option(names = "--title") String title,
              @Option(names = "--priority", description = "low, normal, high or urgent.") String priority,
              @Option(names = "--assignee", paramLabel = "OPERATOR_ID") String assigneeId) {
        var changes = work.body();
        Json.putIfGiven(changes, "title", title);
        Json.putOrClear(changes, "priority", priority);
        Json.putOrClear(changes, "assigneeId", assigneeId);
        tasks.edit(key, changes, ifVersion, options);
    }

    @Command(name = "move", description = "Move a task to another status; declining a client's request needs --reason.",
            footerHeading = "%nExamples:%n", footer = {"  portal tasks move ACME-42 in_progress", "  portal tasks move ACME-43 cancelled --reason 'out of scope'"})
    void move(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "KEY") String key,
              @Parameters(index = "1", paramLabel = "STATUS") String to,
              @Option(names = "--reason") String reason) {
        tasks.move(key, to, reason, options);
    }

    @Command(name = "comment", description = "Comment on a task; internal unless --client-visible.", footerHeading = "%nExamples:%n",
            footer = "  portal tasks comment ACME-42 'Workshop moved to Thursday' --client-visible")
    void comment(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "KEY") String key,
                 @Parameters(index = "1", paramLabel = "TEXT") String text,
                 @Option(names = "--client-visible", description = "Share the comment with the client's contacts.") boolean clientVisible) {
        var body = Json.object().put("body", text).put("visibility", clientVisible ? "client" : "internal");
        var comment = context.api().post(tasks.item(key) + "/comments", body).json();
        context.printer().record(comment, Column.fields("id", "visibility", "authorName", "body", "createdAt"), options);
    }
}
