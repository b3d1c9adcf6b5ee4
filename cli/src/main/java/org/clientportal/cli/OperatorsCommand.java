package org.clientportal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "operators", description = "The agency's team: who may be assigned tasks, and with which role.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class OperatorsCommand {

    private final Resource operators;

    OperatorsCommand(Context context) {
        this.operators = new Resource(context, "/api/v1/operators", Column.fields("id", "name", "email", "role"), java.util.List.of());
    }

    @Command(name = "list", description = "List the agency's operators, by name.", footerHeading = "%nExamples:%n",
            footer = {"  portal operators list", "  portal operators list --csv"})
    void list(@Mixin ListOptions options) {
        operators.list(Query.of(), options);
    }
}
