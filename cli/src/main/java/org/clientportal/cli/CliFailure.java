package org.clientportal.cli;

import java.util.List;

/** Ends a command with a documented exit code and a message of one or two lines; never a stack trace. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final List<String> lines;

    public CliFailure(int exitCode, List<String> lines) {
        super(String.join("\n", lines));
        this.exitCode = exitCode;
        this.lines = List.copyOf(lines);
    }

    public CliFailure(int exitCode, String line) {
        this(exitCode, List.of(line));
    }

    public static CliFailure usage(String line) {
        return new CliFailure(ExitCode.USAGE, line);
    }

    public int exitCode() {
        return exitCode;
    }

    public List<String> lines() {
        return lines;
    }
}
