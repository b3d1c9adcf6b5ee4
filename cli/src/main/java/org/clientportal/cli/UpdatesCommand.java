package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "updates", description = "A project's updates: internal notes, or posts shared with the client.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class UpdatesCommand {

    private final Resource updates;

    UpdatesCommand(Context context) {
        this.updates = new Resource(context, "/api/v1/updates", Column.fields("id", "visibility", "body", "createdAt"),
                Column.fields("id", "projectId", "visibility", "body", "version", "createdAt", "updatedAt"));
    }

    @Command(name = "list", description = "List a project's updates, newest first.", footerHeading = "%nExamples:%n",
            footer = "  portal updates list 01a242d0-… --visibility client")
    void list(@Mixin ListOptions options, @Parameters(paramLabel = "PROJECT_ID") String projectId,
              @Option(names = "--visibility", description = "internal or client.") String visibility) {
        updates.listAt(projectUpdates(projectId), Query.of().with("visibility", visibility), options);
    }

    @Command(name = "show", description = "Show one update.", footerHeading = "%nExamples:%n", footer = "  portal updates show 01a242d0-…")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "UPDATE_ID") String id) {
        updates.show(id, options);
    }

    @Command(name = "post", description = "Post an update on a project; internal unless --client-visible.",
            footerHeading = "%nExamples:%n", footer = "  portal updates post 01a242d0-… 'Discovery done; design starts Monday' --client-visible")
    void post(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "PROJECT_ID") String projectId,
              @Parameters(index = "1", paramLabel = "TEXT") String text,
              @Option(names = "--client-visible", description = "Share the update with the client's contacts.") boolean clientVisible) {
        updates.post(projectUpdates(projectId), Json.object().put("body", text).put("visibility", clientVisible ? "client" : "internal"), options);
    }

    private static String projectUpdates(String projectId) {
        return "/api/v1/projects/" + Resource.segment(projectId) + "/updates";
    }
}
