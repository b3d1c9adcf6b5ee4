package org.clientportal.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of bench/endpoints.tsv (with run.sh's fixed values filled in): a request whose
 * placeholders become Gatling expressions, sent with its credential (the agency's API key, the
 * contact's or the operator's session cookie), at the arrival rate run.sh chose for it (the last column).
 */
record Endpoint(String name, String method, String path, String body, String credential, double rate) {

    static List<Endpoint> readAll(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(f -> new Endpoint(f[0], f[1], f[2], f[3], f[4], Double.parseDouble(f[6])))
                .toList();
    }

    HttpRequestActionBuilder request(String requestName, Credentials credentials) {
        String url = expression(path);
        var request = (method.equals("POST") ? http(requestName).post(url) : http(requestName).get(url))
                .check(responseTimeInMillis().saveAs("millis"), status().saveAs("status"),
                        status().in(200, 201, 204));
        request = credentials.sentAs(credential, request);
        if (method.equals("POST")) {
            request = request.header("Idempotency-Key", "bench-#{uniq}");
        }
        if (!body.equals("-")) {
            request = request.header("Content-Type", "application/json").body(StringBody(expression(body)));
        }
        return request;
    }

    /** {client} → #{client}: the same placeholders as the wrk script, as session attributes. */
    private static String expression(String template) {
        return template.replaceAll("\\{(client|project|mover|move|uniq|prefix)}", "#{$1}");
    }
}
