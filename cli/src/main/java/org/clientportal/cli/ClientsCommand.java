package org.clientportal.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "clients", description = "The agency's clients: list, show, create, edit and move them through their lifecycle.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class ClientsCommand {

    private final Resource clients;

    ClientsCommand(Context context) {
        this.clients = new Resource(context, "/api/v1/clients",
                Column.fields("id", "name", "status", "company", "email", "taskKeyPrefix"),
                Column.fields("id", "name", "status", "allowedTransitions", "company", "email", "phone", "taskKeyPrefix",
                        "source", "version", "createdAt", "updatedAt"));
    }

    @Command(name = "list", description = "List clients, newest first.", footerHeading = "%nExamples:%n", footer = {
            "  portal clients list", "  portal clients list --status lead --status onboarding",
            "  portal clients list -q acme --csv > clients.csv"})
    void list(@Mixin ListOptions options,
              @Option(names = "--status", paramLabel = "STATUS", description = "lead, onboarding, active, paused or offboarded; repeat for any of several.") List<String> statuses,
              @Option(names = {"-q", "--query"}, paramLabel = "TEXT", description = "Text in the name, email or company.") String text) {
        clients.list(Query.of().withEach("status", statuses).with("q", text), options);
    }

    @Command(name = "show", description = "Show one client.", footerHeading = "%nExamples:%n", footer = "  portal clients show 01a242d0-c525-77c7-bf34-13c604049260")
    void show(@Mixin OutputOptions options, @Parameters(paramLabel = "CLIENT_ID") String id) {
        clients.show(id, options);
    }

    @Command(name = "create", description = "Create a client; it starts as a lead.", footerHeading = "%nExamples:%n", footer =
            "  portal clients create --name 'Acme Ltd' --email ops@acme.test --prefix ACME")
    void create(@Mixin OutputOptions options,
                @Option(names = "--name", required = true) String name,
                @Option(names = "--email") String email,
                @Option(names = "--company") String company,
                @Option(names = "--phone") String phone,
                @Option(names = "--prefix", description = "Task key prefix (ACME in ACME-42); derived from the name when left out.") String prefix) {
        var body = Json.object().put("name", name);
        Json.putIfGiven(body, "email", email);
        Json.putIfGiven(body, "company", company);
        Json.putIfGiven(body, "phone", phone);
        Json.putIfGiven(body, "taskKeyPrefix", prefix);
        clients.create(body, options);
    }

    @Command(name = "edit", description = "Change a client's details; an empty value ('') clears an optional field.",
            footerHeading = "%nExamples:%n", footer = {"  portal clients edit 01a242d0-… --phone '+44 20 7946 0000'",
                    "  portal clients edit 01a242d0-… --company ''"})
    void edit(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Parameters(paramLabel = "CLIENT_ID") String id,
              @Option(names = "--name") String name,
              @Option(names = "--email") String email,
              @Option(names = "--company") String company,
              @Option(names = "--phone") String phone,
              @Option(names = "--prefix") String prefix) {
        var changes = Json.object();
        Json.putIfGiven(changes, "name", name);
        Json.putOrClear(changes, "email", email);
        Json.putOrClear(changes, "company", company);
        Json.putOrClear(changes, "phone", phone);
        Json.putIfGiven(changes, "taskKeyPrefix", prefix);
        clients.edit(id, changes, ifVersion, options);
    }

    @Command(name = "move", description = "Move a client to another status; a move its lifecycle does not allow is refused with the allowed ones.",
            footerHeading = "%nExamples:%n", footer = "  portal clients move 01a242d0-… onboarding --reason 'contract signed'")
    void move(@Mixin OutputOptions options, @Parameters(index = "0", paramLabel = "CLIENT_ID") String id,
              @Parameters(index = "1", paramLabel = "STATUS") String to,
              @Option(names = "--reason") String reason) {
        clients.move(id, to, reason, options);
    }
}
