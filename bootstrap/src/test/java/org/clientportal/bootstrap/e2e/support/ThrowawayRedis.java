package org.clientportal.bootstrap.e2e.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.RedisClient;

/**
 * A redis-server of the test's own, on a free port, without persistence, that the test may kill
 * mid-run to see how the portal copes; the machine's shared Redis is never touched. Killed after the
 * class whatever happened (and at JVM exit, should the class never finish).
 */
public final class ThrowawayRedis implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private int port;
    private Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "throwaway-redis-killer"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server (again) on the same port and waits until it answers. */
    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start redis-server (it must be on the PATH): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("redis-server did not come up on port " + port);
            }
            Thread.sleep(50);
        }
    }

    /** Kills the server, as a crash or a network cut would take it away. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        // A frozen server ignores SIGTERM; SIGKILL (destroyForcibly) ends it either way.
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Freezes the server (SIGSTOP): connections stay open but nothing answers, like a network that drops packets. */
    public synchronized void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a frozen server run on (SIGCONT). */
    public synchronized void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        if (process == null) {
            throw new IllegalStateException("redis-server is not running");
        }
        int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill " + signal + " failed with " + exit);
        }
    }

    private boolean answers() {
        try (RedisClient redis = RedisConnections.open(url())) {
            return "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
