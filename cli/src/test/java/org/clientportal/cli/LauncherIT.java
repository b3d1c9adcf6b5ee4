package org.clientportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI as a user runs it: bin/portal, a real process on the shaded portal-cli.jar, against
 * a real portal. Run by failsafe, after the jar is built.
 */
class LauncherIT {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis("portal_cli");

    private static final Path LAUNCHER = Path.of("..", "bin", "portal").toAbsolutePath().normalize();

    @TempDir
    Path config;

    record Result(int code, String out, String err) {
    }

    Result portal(String stdin, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList());
        builder.environment().put("PORTAL_CONFIG_DIR", config.toString());
        builder.environment().remove("PORTAL_URL");
        builder.environment().remove("PORTAL_API_KEY");
        Path out = Files.createTempFile(config, "out", ".txt");
        Path err = Files.createTempFile(config, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/portal ended within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void binPortal_signsIn_createsAndListsAClient_andExitsWithTheDocumentedCodes() throws Exception {
        Agency agency = PORTAL.newAgency();

        Result login = portal(Agency.PASSWORD + "\n", "login", "--url", PORTAL.base().toString(), "--tenant", agency.slug(),
                "--email", agency.ownerEmail(), "--password-stdin");
        assertThat(login.code()).as(login.toString()).isZero();

        Result created = portal("", "clients", "create", "--name", "Launcher Ltd", "--json");
        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(Json.parse(created.out()).path("name").asText()).isEqualTo("Launcher Ltd");

        Result listed = portal("", "clients", "list", "--csv");
        assertThat(listed.code()).isZero();
        assertThat(listed.out().lines().toList()).first().isEqualTo("id,name,status,company,email,taskKeyPrefix");
        assertThat(listed.out()).contains("Launcher Ltd,lead");

        Result unknown = portal("", "clients", "show", "01a242d0-0000-7000-8000-000000000000");
        assertThat(unknown.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err()).startsWith("error: ").doesNotContain("\tat ");

        Result usage = portal("", "clients", "frobnicate");
        assertThat(usage.code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void binPortalHelp_namesServe_andTheExitCodes() throws Exception {
        Result help = portal("", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("bin/portal serve [--demo|--worker]", "Exit codes:", "clients", "tasks");
        assertThat(List.of(help.err())).containsExactly("");
    }
}
