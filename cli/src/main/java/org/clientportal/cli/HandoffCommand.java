package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "handoff", description = "A client's handoff summary for a new owner, as Markdown (or --json).",
        footerHeading = "%nExamples:%n", footer = {"  portal handoff 01a242d0-… > acme-handoff.md", "  portal handoff 01a242d0-… --json"})
final class HandoffCommand implements Runnable {

    private final Context context;

    @Mixin
    OutputOptions options;

    @Parameters(paramLabel = "CLIENT_ID")
    String clientId;

    HandoffCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        String path = "/api/v1/clients/" + Resource.segment(clientId) + "/handoff";
        ApiClient api = context.api();
        if (options.json) {
            context.printer().line(Json.pretty(api.get(path).json()));
        } else {
            context.out().print(api.getAs(path, "text/markdown").body());
        }
    }
}
