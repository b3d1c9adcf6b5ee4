package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "asks", description = "Clients' asks (bug reports, questions): list, classify, and answer them with a reply drafted from what the client sees.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class AsksCommand {

    private final Context context;
    private final Resource asks;

    AsksCommand(Context context) {
        this.context = context;
        this.asks = new Resource(context, "/api/v1/asks", Column.fields("key", "kind", "title", "classification", "authorName", "createdAt"),
                Column.fields("key", "kind", "title", "description", "classification", "allowedClassifications", "taskKey",
                        "taskStatus", "authorName", "clientId", "projectId", "replies", "createdAt"));
    }

    @Command(name = "list", description = "List asks, newest first.", footerHeading = "%nExamples:%n",
            footer = {"  portal asks list --unclassified", "  portal asks list --client 01a242d0-…"})
    void list(@Mixin ListOptions options,
              @Option(names = "--unclassified", description = "Only the inbox of asks nobody classified yet.") boolean unclassified,
              @Option(names = "--classified", description = "Only those classified.") boolean classified,
              @Option(names = "--client", paramLabel = "CLIENT_ID") String clientId) {
        if (unclassified && classified) {
            throw CliFailure.usage("error: choose one of --classified and --unclassified");
        }
        Boolean filter = unclassified ? Boolean.FALSE : classified ? Boolean.TRUE : null;
        asks.list(Query.of().with("classified", filter).with("clientId", clientId), options);
    }

    @Command(name = "show", description = "Show one ask with its replies.", footerHeading = "%nExamples:%n", footer = "  portal asks show ACME-6")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "KEY") String key) {
        asks.show(key, options);
    }

    @Command(name = "classify", description = "Classify an ask as task, bug, question or not_actionable; a task or bug gets a linked task.",
            footerHeading = "%nExamples:%n", footer = {"  portal asks classify ACME-6 question", "  portal asks classify ACME-7 bug --project 01a242d0-…"})
    void classify(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "KEY") String key,
                  @Parameters(index = "1", paramLabel = "AS") String as,
                  @Option(names = "--project", paramLabel = "PROJECT_ID", description = "The project of the linked task, when the ask has none.") String projectId) {
        asks.post(asks.item(key) + "/classification", Json.putIfGiven(Json.object().put("as", as), "projectId", projectId), options);
    }

    @Command(name = "draft", description = "Print a reply drafted from what the ask's client may see (nothing is stored).",
            footerHeading = "%nExamples:%n", footer = "  portal asks draft ACME-6 > reply.txt")
    void draft(@Parameters(paramLabel = "KEY") String key) {
        context.out().print(draftOf(key));
    }

    @Command(name = "reply", description = "Publish a reply, client-visible at once: the TEXT given, or the draft as edited in $EDITOR.",
            footerHeading = "%nExamples:%n", footer = {"  portal asks reply ACME-6 'The review is on Friday at 10:00.'",
                    "  portal asks reply ACME-6          # edit the draft, save to publish, empty to cancel"})
    void reply(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "KEY") String key,
               @Parameters(index = "1", paramLabel = "TEXT", arity = "0..1") String text) {
        String body = text != null ? text : Editor.edit(context, draftOf(key), ".txt");
        if (body.isBlank()) {
            throw CliFailure.usage("error: the reply is empty; nothing was published");
        }
        var reply = context.api().post(asks.item(key) + "/replies", Json.object().put("body", body.strip())).json();
        context.printer().record(reply, Column.fields("id", "visibility", "body", "createdAt"), options);
    }

    private String draftOf(String key) {
        return context.api().postUnkeyed(asks.item(key) + "/reply-drafts", Json.object()).json().path("body").asText();
    }
}
