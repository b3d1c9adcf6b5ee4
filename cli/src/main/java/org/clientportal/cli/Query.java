package org.clientportal.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A list's query parameters; a parameter left out (null) is not sent, a repeated one is sent each time. */
public final class Query {

    private final List<String[]> parameters = new ArrayList<>();

    public static Query of() {
        return new Query();
    }

    public Query with(String name, Object value) {
        if (value != null) {
            parameters.add(new String[] {name, value.toString()});
        }
        return this;
    }

    public Query withEach(String name, Collection<String> values) {
        if (values != null) {
            values.forEach(value -> with(name, value));
        }
        return this;
    }

    /** A copy with one more parameter, for the next page of the same list. */
    public Query plus(String name, Object value) {
        Query copy = new Query();
        copy.parameters.addAll(parameters);
        return copy.with(name, value);
    }

    public String encoded() {
        if (parameters.isEmpty()) {
            return "";
        }
        return parameters.stream()
                .map(p -> encode(p[0]) + "=" + encode(p[1]))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
