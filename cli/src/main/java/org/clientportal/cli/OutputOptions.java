package org.clientportal.cli;

import picocli.CommandLine.Option;

/** {@code --json}: the API's own JSON, for scripts and jq, instead of the human rendering. */
public class OutputOptions {

    @Option(names = "--json", description = "Print the API's JSON instead of a table.")
    boolean json;
}
