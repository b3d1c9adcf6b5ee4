package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client refused for its body's size is usually still sending that body, writing all of it
 * before it reads the answer (as java.net.http does). If the server closed the connection at once,
 * the unread bytes would make it reset the connection and the client's next write would fail —
 * it would never read the 413 it was sent. Runs body reception on a real server; the client's
 * small send buffer keeps the body from fitting in the sockets' buffers, so without the lingering
 * close such a client's writes fail every time, not once in a while.
 */
class RefusedBodiesTest {

    private static final long LIMIT = 1_000_000;
    private static final int CLIENT_SEND_BUFFER = 32 * 1024;
    /** Bodies are written in pieces: one write of megabytes makes the JDK copy it over and over. */
    private static final byte[] PIECE = new byte[64 * 1024];
    /**
     * 3 MB: over the limit, within what is read after a refusal, far more than the sockets buffer;
     * whole pieces, as a byte past the declared length would be the start of another request.
     */
    private static final int BODY = 48 * PIECE.length;
    private static final byte[] PIECE_OF_A_TRICKLE = new byte[1];

    private static Server server;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        BodyReception reception = new BodyReception(LIMIT, Duration.ofSeconds(30), new UploadPaths(4),
                new JettyReplies(JsonMapping.create()));
        reception.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws IOException {
                String received = "received " + Content.Source.asByteBuffer(request).remaining() + " bytes";
                response.write(true, ByteBuffer.wrap(received.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.setHandler(reception);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void aClientStillSendingABodyDeclaredOverTheLimit_getsToFinishItAndReads413() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + BODY + "\r\n\r\n");
            for (int sent = 0; sent < BODY; sent += PIECE.length) {
                send(socket, PIECE);
            }

            String answer = readAnswer(socket);

            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Connection: close").contains("\"body-too-large\"");
        }
    }

    @Test
    void aChunkedBodyGrowingOverTheLimit_is413_andTheClientGetsToFinishIt() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            for (int sent = 0; sent < BODY; sent += PIECE.length) {
                send(socket, Integer.toHexString(PIECE.length) + "\r\n");
                send(socket, PIECE);
                send(socket, "\r\n");
            }
            send(socket, "0\r\n\r\n");

            String answer = readAnswer(socket);

            assertThat(answer).startsWith("HTTP/1.1 413 ").contains("\"body-too-large\"");
        }
    }

    @Test
    void aClientThatKeepsSending_reads413_andIsCutOffAfterAFewMegabytes() throws Exception {
        long declared = 200_000_000;
        try (Socket socket = connect()) {
            send(socket, "POST /clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + declared + "\r\n\r\n");
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> sendUntilCutOff(socket, declared));

            String answer = readAnswer(socket);

            assertThat(answer).startsWith("HTTP/1.1 413 ");
            assertThat(written.get(30, TimeUnit.SECONDS)).as("bytes written before the connection was cut off")
                    .isLessThan(LingeringClose.MAX_BYTES + 8_000_000);
        }
    }

    @Test
    void aClientTricklingItsBody_reads413_andIsCutOffAfterTheLingerTime_longBeforeTheIdleTimeout() throws Exception {
        long started = System.nanoTime();
        try (Socket socket = connect()) {
            send(socket, "POST /clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 200000000\r\n\r\n");

            String answer = readAnswer(socket);
            boolean cutOff = false;
            while (!cutOff && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30)) {
                Thread.sleep(50);
                cutOff = !trySend(socket, PIECE_OF_A_TRICKLE);
            }

            assertThat(answer).startsWith("HTTP/1.1 413 ");
            assertThat(cutOff).as("cut off within 30 s").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(LingeringClose.MAX_WAIT, Duration.ofSeconds(15));
        }
    }

    @Test
    void aClientWaitingFor100Continue_gets413AndNoInvitationToSendItsBody() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /clients HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + BODY + "\r\n\r\n");

            String answer = readAnswer(socket);

            assertThat(answer).startsWith("HTTP/1.1 413 ").doesNotContain("100 Continue");
        }
    }

    @Test
    void aBodyWithinTheLimit_stillReachesTheHandlerWhole() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /clients HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Length: " + 10 * PIECE.length + "\r\n\r\n");
            for (int i = 0; i < 10; i++) {
                send(socket, PIECE);
            }

            String answer = readAnswer(socket);

            assertThat(answer).startsWith("HTTP/1.1 200 ").endsWith("received " + 10 * PIECE.length + " bytes");
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.setSendBufferSize(CLIENT_SEND_BUFFER);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        send(socket, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void send(Socket socket, byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    private static long sendUntilCutOff(Socket socket, long declared) {
        long written = 0;
        while (written < declared && trySend(socket, PIECE)) {
            written += PIECE.length;
        }
        return written;
    }

    /** False once the server has closed the connection and the write fails. */
    private static boolean trySend(Socket socket, byte[] bytes) {
        try {
            send(socket, bytes);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** Everything the server sends until it closes its side. */
    private static String readAnswer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            answer.write(buffer, 0, n);
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }
}
