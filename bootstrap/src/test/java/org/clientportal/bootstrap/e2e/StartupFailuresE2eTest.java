package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clientportal.adapters.persistence.DatabaseUnreachable;
import org.clientportal.adapters.persistence.testing.TestServer;
import org.clientportal.bootstrap.Main;
import org.clientportal.bootstrap.Portal;
import org.clientportal.bootstrap.PortalConfig;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal cannot start — PostgreSQL is not there, the port is taken, a setting is unusable:
 * one clear line on stderr, exit code 1, no stack trace, and no process left hanging.
 */
class StartupFailuresE2eTest {

    /** Nothing listens on port 1. */
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/portal";
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void portalStart_throwsDatabaseUnreachable_quickly() {
        Map<String, String> env = PortalUnderTest.environment(NOWHERE);
        long started = System.nanoTime();

        assertThatThrownBy(() -> Portal.start(PortalConfig.fromEnvironment(env)).close())
                .isInstanceOf(DatabaseUnreachable.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("\n");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICKLY);
    }

    @Test
    void withPostgresUnreachable_mainSaysSoInOneLine() throws Exception {
        assertThat(runMain(PortalUnderTest.environment(NOWHERE)))
                .startsWith("portal: cannot reach PostgreSQL at 127.0.0.1:1");
    }

    @Test
    void withThePortTaken_mainSaysSoInOneLine() throws Exception {
        TestServer server = TestServer.fromEnvironment();
        String database = TestServer.uniqueName("portal_e2e_port");
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> env = PortalUnderTest.environment(server.jdbcUrl(database));
            env.put("PORTAL_HTTP_HOST", "0.0.0.0");
            env.put("PORTAL_HTTP_PORT", Integer.toString(taken.getLocalPort()));

            assertThat(runMain(env)).isEqualTo("portal: port " + taken.getLocalPort()
                    + " on 0.0.0.0 is already in use; stop the other process or set PORTAL_HTTP_PORT");
        } finally {
            server.dropDatabase(database);
        }
    }

    @Test
    void withAnUnusableSetting_mainSaysWhichInOneLine() throws Exception {
        Map<String, String> env = PortalUnderTest.environment(NOWHERE);
        env.put("PORTAL_DB_POOL_SIZE", "lots");

        assertThat(runMain(env)).isEqualTo("portal: PORTAL_DB_POOL_SIZE must be a whole number from 1 to 200, not 'lots'");
    }

    @Test
    void withAnAdminPasswordButNoneForTheRuntimeRole_mainRefusesInOneLine() throws Exception {
        Map<String, String> env = PortalUnderTest.environment(NOWHERE);
        env.put("PORTAL_DB_PASSWORD", "admin-s3cret");
        env.remove("PORTAL_DB_APP_PASSWORD");

        assertThat(runMain(env)).isEqualTo("portal: Database settings: the runtime role portal_app needs its own"
                + " password (PORTAL_DB_APP_PASSWORD) when the admin role " + env.get("PORTAL_DB_USER")
                + " has one (PORTAL_DB_PASSWORD); it never reuses the admin's");
    }

    /** Runs Main as its own process with only these PORTAL_* settings; returns its one line on stderr. */
    private String runMain(Map<String, String> settings) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().putAll(settings);

        Process main = builder.start();
        boolean exited = main.waitFor(QUICKLY.toSeconds() + 10, TimeUnit.SECONDS);
        if (!exited) {
            main.destroyForcibly();
        }

        List<String> stderr = Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertThat(exited).as("Main exited; stderr: %s", stderr).isTrue();
        assertThat(main.exitValue()).as("exit code; stderr: %s stdout: %s", stderr, stdout).isEqualTo(1);
        assertThat(stderr).as("stderr").hasSize(1);
        assertThat(stdout + String.join("\n", stderr))
                .doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
        return stderr.get(0);
    }
}
