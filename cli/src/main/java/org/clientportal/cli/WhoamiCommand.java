package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "whoami", description = "Who the CLI acts as: its API key's principal and role, and the agency.",
        footerHeading = "%nExamples:%n", footer = {"  portal whoami", "  portal whoami --json"})
final class WhoamiCommand implements Runnable {

    private final Context context;

    @Mixin
    OutputOptions options;

    WhoamiCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        ApiClient api = context.api();
        JsonNode me = api.get("/api/v1/me").json();
        context.printer().record(me, List.of(Column.field("principal"), Column.field("role"),
                new Column("agency", json -> json.path("tenant").path("name").asText() + " (" + json.path("tenant").path("slug").asText() + ")"),
                new Column("portal", json -> api.base().toString())), options);
    }
}
