package org.clientportal.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "portal", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "portal CLI 0.1.0",
        description = "The Client Management Portal's operator CLI: works with a portal over its HTTP API.",
        subcommands = {LoginCommand.class, LogoutCommand.class, WhoamiCommand.class, ClientsCommand.class,
                ContactsCommand.class, ProjectsCommand.class, MilestonesCommand.class, TasksCommand.class,
                UpdatesCommand.class, AsksCommand.class, CapacityCommand.class, TimeEntriesCommand.class, BudgetsCommand.class,
                ReportsCommand.class, QueueCommand.class, DueCommand.class, StaleCommand.class,
                HandoffCommand.class, SearchCommand.class, AuditCommand.class, OperatorsCommand.class, ApiKeysCommand.class,
                CompletionCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:usage error or bad input (the portal's 400)", "2:not found",
                "3:conflict or refused (a move not allowed, a stale version, 409/412/422/429)",
                "4:not signed in, or not allowed (401/403)", "5:the portal failed or could not be reached"},
        footerHeading = "%nSee also:%n",
        footer = {"  bin/portal serve [--demo|--worker]  starts the portal server itself",
                "  PORTAL_URL, PORTAL_API_KEY         override the stored login",
                "  docs/cli.md                        every command, output modes, exit codes"})
public final class PortalCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        System.exit(run(args, System.getenv(), System.in, out, err));
    }

    /** One run, in-process: what {@link #main} does, with the environment and streams handed in. */
    public static int run(String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
        Context context = new Context(env, in, out, err);
        CommandLine commandLine = new CommandLine(new PortalCli(), new ContextFactory(context))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, err))
                .setParameterExceptionHandler((wrong, arguments) -> {
                    err.println("error: " + wrong.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(wrong, err);
                    err.println("  see: " + wrong.getCommandLine().getCommandSpec().qualifiedName() + " --help");
                    return ExitCode.USAGE;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** A command's failure as its one or two lines and exit code; anything unforeseen still without a stack trace. */
    private static int failed(Throwable failure, PrintWriter err) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CliFailure known) {
                known.lines().forEach(err::println);
                return known.exitCode();
            }
        }
        err.println("error: unexpected " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        return ExitCode.SERVER;
    }

    /** Builds each command with this run's {@link Context}; picocli builds the rest (mixins, help). */
    private record ContextFactory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                Constructor<K> constructor = type.getDeclaredConstructor(Context.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
