package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/walkthrough.sh, run as docs/walkthrough.md says to run it: it takes the base URL, drives
 * the whole session without a 5xx, and keeps its files in a directory of its own (so two runs do
 * not collide), removed when it ends.
 */
class WalkthroughScriptE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final Path SCRIPT = Path.of("..", "docs", "walkthrough.sh");
    private static final Path WALKTHROUGH = Path.of("..", "docs", "walkthrough.md");
    private static final Pattern REPLAY = Pattern.compile("(?m)^bash docs/walkthrough\\.sh (\\S+) > \\S+");

    @Test
    void theReplayLine_passesTheBaseUrl_thatTheScriptTakesAsItsArgument() throws IOException {
        Matcher replay = REPLAY.matcher(Files.readString(WALKTHROUGH));

        assertThat(replay.find()).as("docs/walkthrough.md shows `bash docs/walkthrough.sh <base URL> > file`").isTrue();
        assertThat(replay.group(1)).isEqualTo("http://localhost:7070");
        assertThat(Files.readString(SCRIPT)).contains("BASE=${1:-" + replay.group(1) + "}");
    }

    @Test
    void theScript_drivesTheWholeSession_andTouchesFilesOnlyInItsOwnTemporaryDirectory(@TempDir Path tmp)
            throws Exception {
        Path bin = Files.createDirectory(tmp.resolve("bin"));
        Path scratch = Files.createDirectory(tmp.resolve("scratch"));
        Path log = tmp.resolve("curl-files.log");
        spyOnCurl(bin, log);

        ProcessBuilder run = new ProcessBuilder("bash", SCRIPT.toString(), "http://127.0.0.1:" + PORTAL.port())
                .redirectOutput(tmp.resolve("transcript.md").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile());
        run.environment().put("TMPDIR", scratch.toString());
        run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = run.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the walkthrough finishes").isTrue();

        String transcript = Files.readString(tmp.resolve("transcript.md"));
        List<String> files = Files.readAllLines(log);
        assertThat(process.exitValue()).as(Files.readString(tmp.resolve("stderr.txt"))).isZero();
        assertThat(transcript).contains("### Revoking and signing out").doesNotContain("HTTP/1.1 5")
                .contains("--data-binary @large.json").doesNotContain(scratch.toString());
        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(file).startsWith(scratch + "/"));
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).as("nothing is left behind").isEmpty();
        }
    }

    /** A curl on PATH that writes down the files it is given to read or write, then runs the real one. */
    private static void spyOnCurl(Path bin, Path log) throws IOException {
        String realCurl = Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "curl"))
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError("curl is not on PATH"))
                .toString();
        Path spy = bin.resolve("curl");
        Files.writeString(spy, """
                #!/usr/bin/env bash
                previous=
                for arg in "$@"; do
                  case $previous in -o|-c|-b|--data-binary) printf '%%s\\n' "${arg#@}" >> '%s' ;; esac
                  previous=$arg
                done
                exec '%s' "$@"
                """.formatted(log, realCurl));
        Files.setPosixFilePermissions(spy, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createFile(log);
    }
}
