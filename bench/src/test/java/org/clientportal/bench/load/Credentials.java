package org.clientportal.bench.load;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What a request is sent with, by the name bench/endpoints.tsv gives it: {@code key} the agency's API
 * key, {@code contact} a contact's portal session, {@code operator} the owner's session (the web app's
 * pages take no API key).
 */
record Credentials(String apiKey, String contactCookie, String operatorCookie) {

    static Credentials fromSystemProperties() {
        return new Credentials(System.getProperty("bench.apiKey"), System.getProperty("bench.contactCookie"),
                System.getProperty("bench.operatorCookie"));
    }

    HttpRequestActionBuilder sentAs(String credential, HttpRequestActionBuilder request) {
        return switch (credential) {
            case "contact" -> request.header("Cookie", contactCookie);
            case "operator" -> request.header("Cookie", operatorCookie);
            default -> request.header("Authorization", "Bearer " + apiKey);
        };
    }
}
