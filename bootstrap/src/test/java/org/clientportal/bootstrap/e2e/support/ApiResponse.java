package org.clientportal.bootstrap.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.util.List;

/** What the service answered, with the few checks every test makes on it. */
public record ApiResponse(String method, String path, int status, HttpHeaders headers, String body) {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON; fails the test when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + describe(), e);
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** Fails with the whole answer in the message unless the status is the expected one. */
    public ApiResponse expect(int expected) {
        if (status != expected) {
            throw new AssertionError("Expected " + expected + " from " + method + " " + path + ", got " + describe());
        }
        return this;
    }

    /** Checks an RFC 9457 answer: its status, media type and stable code. Returns the problem document. */
    public JsonNode expectProblem(int expected, String code) {
        expect(expected);
        if (contentType() == null || !contentType().startsWith("application/problem+json")) {
            throw new AssertionError("Expected problem+json from " + method + " " + path + ", got " + describe());
        }
        JsonNode problem = json();
        if (!code.equals(problem.path("code").asText())) {
            throw new AssertionError("Expected problem code " + code + " from " + method + " " + path + ", got "
                    + describe());
        }
        return problem;
    }

    /** For a 4xx whose exact code the test does not pin down: problem+json with a matching status field. */
    public JsonNode expectClientErrorProblem() {
        if (status < 400 || status >= 500 || contentType() == null
                || !contentType().startsWith("application/problem+json")
                || json().path("status").asInt() != status) {
            throw new AssertionError("Expected a 4xx problem+json from " + method + " " + path + ", got " + describe());
        }
        return json();
    }

    public String describe() {
        return status + " " + headers.map() + " " + body;
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
