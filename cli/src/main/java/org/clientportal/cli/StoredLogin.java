package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What {@code portal login} keeps: where the portal is, the API key it issued, and whose it is. */
public record StoredLogin(String url, String apiKey, String keyId, String tenant, String email) {

    static StoredLogin fromJson(JsonNode json) {
        return new StoredLogin(json.path("url").asText(null), json.path("apiKey").asText(null),
                json.path("keyId").asText(null), json.path("tenant").asText(null), json.path("email").asText(null));
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("url", url);
        json.put("apiKey", apiKey);
        json.put("keyId", keyId);
        json.put("tenant", tenant);
        json.put("email", email);
        return json;
    }
}
