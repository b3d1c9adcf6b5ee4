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
 * line) reach clients as problem+json too, instead of Jetty's HTML error page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    public ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.write(true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        return ByteBuffer.wrap(body(status, reason, null));
    }

    private byte[] body(int status, String message, String instance) {
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
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
