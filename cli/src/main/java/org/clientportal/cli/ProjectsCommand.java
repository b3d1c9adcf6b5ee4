package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "projects", description = "Projects: list, show, create, edit and move them through their lifecycle; their milestone plans.",
        subcommands = {MilestonesCommand.class, picocli.CommandLine.HelpCommand.class})
final class ProjectsCommand {

    private final Resource projects;

    ProjectsCommand(Context context) {
        this.projects = new Resource(context, "/api/v1/projects",
                Column.fields("id", "name", "status", "clientId", "dueDate", "visibility"),
                Column.fields("id", "name", "status", "allowedTransitions", "clientId", "description", "startDate", "dueDate",
                        "visibility", "version", "createdAt", "updatedAt"));
    }

    @Command(name = "list", description = "List projects, newest first.", footerHeading = "%nExamples:%n", footer = {
            "  portal projects list --client 01a242d0-…", "  portal projects list --status active --json | jq '.items[].name'"})
    void list(@Mixin ListOptions options,
              @Option(names = "--client", paramLabel = "CLIENT_ID") String clientId,
              @Option(names = "--status", paramLabel = "STATUS", description = "planned, active, on_hold, in_review, completed or cancelled; repeatable.") List<String> statuses) {
        projects.list(Query.of().with("clientId", clientId).withEach("status", statuses), options);
    }

    @Command(name = "show", description = "Show one project.", footerHeading = "%nExamples:%n", footer = "  portal projects show 01a242d0-…")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "PROJECT_ID") String id) {
        projects.show(id, options);
    }

    @Command(name = "create", description = "Create a project for a client; it starts as planned.", footerHeading = "%nExamples:%n",
            footer = "  portal projects create --client 01a242d0-… --name 'Website relaunch' --due 2027-03-31")
    void create(@Mixin OutputOptions options,
                @Option(names = "--client", paramLabel = "CLIENT_ID", required = true) String clientId,
                @Option(names = "--name", required = true) String name,
                @Option(names = "--description") String description,
                @Option(names = "--start", paramLabel = "DATE") String startDate,
                @Option(names = "--due", paramLabel = "DATE") String dueDate) {
        var body = Json.object().put("clientId", clientId).put("name", name);
        Json.putIfGiven(body, "description", description);
        Json.putIfGiven(body, "startDate", startDate);
        Json.putIfGiven(body, "dueDate", dueDate);
        projects.create(body, options);
    }

    @Command(name = "edit", description = "Change a project: it is read, then changed with If-Match of the version read (a change made meanwhile: exit 3); '' clears an optional field.",
            footerHeading = "%nExamples:%n", footer = {"  portal projects edit 01a242d0-… --due 2027-04-30 --visibility client",
                    "  portal projects edit 01a242d0-… --description ''"})
    void edit(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Mixin WorkChanges work,
              @Parameters(paramLabel = "PROJECT_ID") String id,
              @Option(names = "--name") String name,
              @Option(names = "--start", paramLabel = "DATE") String startDate) {
        var changes = work.body();
        Json.putIfGiven(changes, "name", name);
        Json.putOrClear(changes, "startDate", startDate);
        projects.edit(id, changes, ifVersion, options);
    }

    @Command(name = "move", description = "Move a project to another status (active only while its client is onboarding or active).",
            footerHeading = "%nExamples:%n", footer = "  portal projects move 01a242d0-… active")
    void move(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "PROJECT_ID") String id,
              @Parameters(index = "1", paramLabel = "STATUS") String to,
              @Option(names = "--reason") String reason) {
        projects.move(id, to, reason, options);
    }
}
