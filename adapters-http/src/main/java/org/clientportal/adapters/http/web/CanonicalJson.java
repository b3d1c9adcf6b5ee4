package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * One text per JSON value, whatever its whitespace and key order, so that a retry re-serialised by
 * another client library is recognised as the same request. Text that is not JSON stays as it is.
 */
final class CanonicalJson {

    private final ObjectMapper sorted;

    CanonicalJson(ObjectMapper mapper) {
        this.sorted = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    String of(String body) {
        if (body.isBlank()) {
            return "";
        }
        try {
            JsonNode tree = sorted.readTree(body);
            return sorted.writeValueAsString(sorted.treeToValue(tree, Object.class));
        } catch (JsonProcessingException e) {
            return body;
        }
    }
}
