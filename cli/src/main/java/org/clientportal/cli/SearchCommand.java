package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Full-text search of clients, projects, tasks, updates, comments and asks, best match first.",
        footerHeading = "%nExamples:%n", footer = {"  portal search 'brand launch'", "  portal search desig --types task,update"})
final class SearchCommand extends ListCommand {

    @Parameters(paramLabel = "TEXT", description = "Web-search syntax: \"a phrase\", or, -word.")
    String text;

    @Option(names = "--types", paramLabel = "TYPES", description = "Comma-separated: client, project, task, update, comment, ask.")
    String types;

    SearchCommand(Context context) {
        super(context, "/api/v1/search", List.of(Column.field("type"), Column.field("key"), Column.field("title"),
                new Column("snippet", SearchCommand::snippet), Column.field("id")));
    }

    @Override
    Query query() {
        return Query.of().with("q", text).with("types", types);
    }

    /** The snippet's parts as one text; what matched is marked with asterisks. */
    private static String snippet(JsonNode hit) {
        StringBuilder text = new StringBuilder();
        hit.path("snippet").forEach(part -> {
            String piece = part.path("text").asText();
            text.append(part.path("highlighted").asBoolean() ? "*" + piece + "*" : piece);
        });
        return text.toString();
    }
}
