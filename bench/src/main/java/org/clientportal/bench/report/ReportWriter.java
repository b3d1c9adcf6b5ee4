package org.clientportal.bench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one scale's report, {@code <base>.md} and {@code <base>.json}, from the measurements run.sh
 * collected. Arguments: scale, measurements (JSON lines), plans (Markdown), base path, machine note,
 * and optionally the JSON report of a 1k run to compare a larger scale with.
 */
public final class ReportWriter {

    public static void main(String[] args) throws IOException {
        String scale = args[0];
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
                .enable(SerializationFeature.INDENT_OUTPUT);
        Measurements measurements = Measurements.read(Path.of(args[1]), json);
        String plans = Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])) : "";
        Path base = Path.of(args[3]);
        String machine = args[4];
        boolean compared = args.length > 5 && !args[5].isBlank() && !scale.equals("1k");
        Map<String, EndpointFigures> baseline = compared ? baseline(json.readTree(Path.of(args[5]).toFile())) : Map.of();
        String baselineName = compared ? Path.of(args[5]).getFileName().toString() : "";

        List<EndpointFigures> endpoints = endpointNames(measurements).stream()
                .map(name -> EndpointFigures.of(name, measurements)).toList();
        List<EndpointFigures.Latency> mixed = measurements.ofType("fixed-rate").stream()
                .filter(line -> line.path("endpoint").asText().startsWith("mixed"))
                .map(EndpointFigures.Latency::of).toList();

        Files.writeString(Path.of(base + ".md"),
                new MarkdownReport().render(scale, machine, measurements, endpoints, mixed, baseline, baselineName, plans));
        ObjectNode report = json.createObjectNode();
        report.put("scale", scale);
        report.put("machine", machine);
        report.set("endpoints", json.valueToTree(endpoints));
        report.set("mixed", json.valueToTree(mixed));
        report.withArray("ready").addAll(measurements.ofType("ready"));
        report.withArray("seed").addAll(measurements.ofType("seed"));
        report.withArray("memory").addAll(measurements.ofType("memory"));
        json.writeValue(Path.of(base + ".json").toFile(), report);
    }

    /** In the order they were measured: saturation first, then any measured only at a fixed rate. */
    private static Set<String> endpointNames(Measurements measurements) {
        Set<String> names = new LinkedHashSet<>();
        measurements.ofType("saturation").forEach(line -> names.add(line.path("endpoint").asText()));
        measurements.ofType("fixed-rate").forEach(line -> names.add(line.path("endpoint").asText()));
        names.removeIf(name -> name.startsWith("mixed"));
        return names;
    }

    private static Map<String, EndpointFigures> baseline(JsonNode report) {
        ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, EndpointFigures> byName = new LinkedHashMap<>();
        for (JsonNode endpoint : report.path("endpoints")) {
            byName.put(endpoint.path("endpoint").asText(), json.convertValue(endpoint, EndpointFigures.class));
        }
        return byName;
    }
}
