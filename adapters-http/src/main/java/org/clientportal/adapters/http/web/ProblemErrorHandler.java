package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The servlet container's own refusals (a malformed URI, headers too large, a broken request
 * line) reach clients as problem+json too, instead of Jetty's HTML error page, with a request id
 * like every other answer.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    public ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String requestId = response.getHeaders().get(RequestIds.HEADER);
        if (requestId == null) {
            requestId = RequestIds.idFor(request.getHeaders().get(RequestIds.HEADER));
            response.getHeaders().put(RequestIds.HEADER, requestId);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath(), requestId)), callback);
    }

    /** A request Jetty could not even parse (headers too large, say): no request to take an id from. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String requestId = RequestIds.idFor(null);
        fields.put(RequestIds.HEADER, requestId);
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        return ByteBuffer.wrap(body(status, reason, null, requestId));
    }

    private byte[] body(int status, String message, String instance, String requestId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        String code = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 431 -> "headers-too-large";
            default -> "http-" + status;
        };
        problem.put("type", ProblemTypes.type(code));
        problem.put("title", HttpStatus.getMessage(status));
        problem.put("status", status);
        problem.put("detail", message == null || message.isBlank() ? HttpStatus.getMessage(status) : message);
        problem.put("instance", instance);
        problem.put("code", code);
        problem.put("requestId", requestId);
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
