package org.clientportal.bootstrap.e2e.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends bytes that java.net.http refuses to send (a malformed percent-encoding, say), or sends them
 * in parts the test times itself, over a plain socket, and reads the answer back into an
 * {@link ApiResponse}.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** One request line and headers, no body; the connection is closed after the answer. */
    public static ApiResponse send(int port, String method, String target, Map<String, String> headers)
            throws IOException {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        request.append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(method, target, socket.getInputStream().readAllBytes());
        }
    }

    /**
     * Exactly these bytes, however malformed, then reads the answer until the server closes the
     * connection (at most {@code wait}); {@code halfClose} ends the sending side after them.
     */
    public static ApiResponse exchange(int port, byte[] request, boolean halfClose, Duration wait)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) wait.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            String line = new String(request, 0, Math.min(request.length, 200), StandardCharsets.ISO_8859_1)
                    .split("\r\n", 2)[0];
            String[] parts = line.split(" ");
            return parse(parts[0], parts.length > 1 ? parts[1] : "", socket.getInputStream().readAllBytes());
        }
    }

    /** {@link #exchange(int, byte[], boolean, Duration)} of ISO-8859-1 text, waiting up to 10 s. */
    public static ApiResponse exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), false, Duration.ofSeconds(10));
    }

    /**
     * A request in flight: its headers and the first half of its body are sent now, the rest only by
     * {@link InFlight#finish}, so the test decides what happens while the server waits for it.
     */
    public static InFlight begin(int port, String method, String target, Map<String, String> headers, String body)
            throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n")
                .append("Content-Length: ").append(content.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        int half = content.length / 2;
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(content, 0, half);
        out.flush();
        return new InFlight(socket, method, target, Arrays.copyOfRange(content, half, content.length));
    }

    /** A request begun by {@link #begin}; closing it abandons the request. */
    public record InFlight(Socket socket, String method, String target, byte[] rest) implements AutoCloseable {

        /** Sends the rest of the body and reads the answer until the server closes the connection. */
        public ApiResponse finish() throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(rest);
            out.flush();
            return parse(method, target, socket.getInputStream().readAllBytes());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** Parses a raw answer read off a socket the test drove itself. */
    public static ApiResponse parse(String method, String target, byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.getOrDefault("Transfer-Encoding", List.of());
        if (encoding.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains("chunked"))) {
            body = dechunk(body);
        }
        return new ApiResponse(method, target, status, HttpHeaders.of(headers, (a, b) -> true),
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
