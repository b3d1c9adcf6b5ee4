package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clientportal.adapters.persistence.DatabaseUnreachable;
import org.clientportal.bootstrap.Main;
import org.clientportal.bootstrap.Portal;
import org.clientportal.bootstrap.PortalConfig;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL is not there when the portal starts: a clear one-line error and a non-zero exit. */
class DatabaseUnreachableE2eTest {

    /** Nothing listens on port 1. */
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/portal";
    private static final Duration QUICKLY = Duration.ofSeconds(20);

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
    void main_printsOneLineOnStderr_andExitsWith1_withoutAStackTrace(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().putAll(PortalUnderTest.environment(NOWHERE));

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
        assertThat(stderr.get(0)).startsWith("portal: cannot reach PostgreSQL at 127.0.0.1:1");
        assertThat(stdout + String.join("\n", stderr))
                .doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
    }
}
