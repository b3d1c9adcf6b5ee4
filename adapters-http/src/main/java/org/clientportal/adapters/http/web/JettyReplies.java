package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes problems where Javalin never sees the request — the server's own refusals, answered
 * straight on Jetty's response or on the bare connection — in the same problem+json, with the
 * same request id rules, as {@link Replies}.
 */
public final class JettyReplies {

    static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper;

    public JettyReplies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The request id this answer carries: one already set on the response, the caller's, or a new one. */
    public static String requestId(Request request, Response response) {
        String id = response.getHeaders().get(RequestIds.HEADER);
        if (id == null) {
            id = RequestIds.idFor(request.getHeaders().get(RequestIds.HEADER));
            response.getHeaders().put(RequestIds.HEADER, id);
        }
        return id;
    }

    /** Answers with this problem; {@code instance} is the request path, or null when there is none to trust. */
    public void write(Request request, Response response, Callback callback, Problem problem, String instance) {
        String requestId = requestId(request, response);
        byte[] body = body(problem, instance, requestId);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A whole HTTP/1.1 answer, for a connection on which no request could be read. */
    public ByteBuffer rawAnswer(Problem problem, String requestId) {
        byte[] body = body(problem, null, requestId);
        String head = "HTTP/1.1 " + problem.status() + " " + HttpStatus.getMessage(problem.status()) + "\r\n"
                + "Content-Type: " + PROBLEM_JSON + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + RequestIds.HEADER + ": " + requestId + "\r\n"
                + "Connection: close\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer answer = ByteBuffer.allocate(headBytes.length + body.length);
        answer.put(headBytes).put(body).flip();
        return answer;
    }

    private byte[] body(Problem problem, String instance, String requestId) {
        try {
            return mapper.writeValueAsBytes(problem.toJson(instance, requestId));
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + problem.status() + ",\"code\":\"" + problem.code() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
