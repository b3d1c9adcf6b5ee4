package org.clientportal.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The JSON lines run.sh appends while measuring, one per result, read back by their type. */
final class Measurements {

    private final List<JsonNode> lines;

    private Measurements(List<JsonNode> lines) {
        this.lines = lines;
    }

    static Measurements read(Path file, ObjectMapper json) throws IOException {
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return new Measurements(lines);
    }

    List<JsonNode> ofType(String type) {
        return lines.stream().filter(line -> line.path("type").asText().equals(type)).toList();
    }

    Optional<JsonNode> saturation(String endpoint, String side) {
        return first("saturation", line -> line.path("endpoint").asText().equals(endpoint)
                && line.path("side").asText().equals(side));
    }

    Optional<JsonNode> fixedRate(String endpoint) {
        return first("fixed-rate", line -> line.path("endpoint").asText().equals(endpoint));
    }

    private Optional<JsonNode> first(String type, Predicate<JsonNode> which) {
        return ofType(type).stream().filter(which).findFirst();
    }
}
