package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** A successful answer of the portal. */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        try {
            return Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.SERVER, "error: the portal answered something that is not JSON");
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
