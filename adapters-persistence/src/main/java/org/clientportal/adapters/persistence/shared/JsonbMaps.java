package org.clientportal.adapters.persistence.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.JSONB;

/**
 * Maps of plain JSON values to and from jsonb columns. They come back as strings, booleans, nulls,
 * Long for whole numbers (versions are long), Double for others, lists and LinkedHashMaps.
 */
public final class JsonbMaps {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private JsonbMaps() {
    }

    public static JSONB toJsonb(Map<String, ?> map) {
        try {
            return JSONB.valueOf(JSON.writeValueAsString(map));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored map must hold plain JSON values only", e);
        }
    }

    public static Map<String, Object> fromJsonb(JSONB json) {
        try {
            return JSON.readValue(json.data(), OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored jsonb value is not a JSON object", e);
        }
    }
}
