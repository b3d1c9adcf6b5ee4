package org.clientportal.bootstrap.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientportal.bootstrap.Main;

/**
 * The portal as its own process, started as {@code java -jar portal.jar} starts it (Main, from
 * these PORTAL_* settings only, with the product's logback.xml), on a free port it reports in its
 * log. The jar itself is checked by {@code .ci/check-jar}; tests run before it is packaged, so they
 * run Main on the test class path, which holds the same classes. Stdout and stderr go to one file,
 * shown when the process fails to come up.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private int port;

    private PortalProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the process; {@link #awaitReady} waits for it. A small heap and C1 only: these start often. */
    public static PortalProcess start(Map<String, String> settings, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                Main.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().putAll(settings);
        builder.environment().put("PORTAL_HTTP_PORT", "0");
        PortalProcess started = new PortalProcess(builder.start(), log);
        Runtime.getRuntime().addShutdownHook(new Thread(started.process::destroyForcibly, "portal-process-killer"));
        return started;
    }

    /** Waits until it says where it listens and {@code /readyz} answers 200. */
    public PortalProcess awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The portal did not come up; its output:\n" + log());
            }
            Thread.sleep(100);
        }
        return this;
    }

    private boolean ready() throws IOException {
        if (port == 0) {
            Matcher listening = LISTENING.matcher(log());
            if (!listening.find()) {
                return false;
            }
            port = Integer.parseInt(listening.group(1));
        }
        return anonymous().call("GET", "/readyz").sendAsync()
                .handle((response, failure) -> failure == null && response.status() == 200).join();
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public ApiClient anonymous() {
        return ApiClient.anonymous(http, base());
    }

    /** The same credentials, sent to this process instead. */
    public ApiClient as(ApiClient client) {
        return client.to(http, base());
    }

    /** Everything it wrote so far. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** SIGKILL, as a crash or the OOM killer would end it: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM, as an orchestrator stops it; {@link #awaitExit} waits for the graceful end. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; returns its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("The portal did not exit within " + EXIT_TIMEOUT);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
