package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * The query parameters one route takes, declared next to it: each is given once, except the
 * repeatable ones ({@code status=lead&status=onboarding}). A parameter the route does not take, or
 * one given twice that is not repeatable, is a 400 naming it, rather than ignored or taken first.
 */
public final class QueryParameters {

    private final Set<String> single;
    private final Set<String> repeatable;

    private QueryParameters(Set<String> single, Set<String> repeatable) {
        this.single = Collections.unmodifiableSet(new LinkedHashSet<>(single));
        this.repeatable = Collections.unmodifiableSet(new LinkedHashSet<>(repeatable));
    }

    /** A route that takes these parameters, each at most once. */
    public static QueryParameters of(String... names) {
        return new QueryParameters(new LinkedHashSet<>(List.of(names)), Set.of());
    }

    /** The same, also taking these parameters any number of times. */
    public QueryParameters andRepeatable(String... names) {
        Set<String> more = new LinkedHashSet<>(repeatable);
        more.addAll(List.of(names));
        return new QueryParameters(single, more);
    }

    /** Every parameter the route takes. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(single);
        names.addAll(repeatable);
        return names;
    }

    public boolean isRepeatable(String name) {
        return repeatable.contains(name);
    }

    /** The parameters of the request, checked: throws one error naming every unknown or repeated one. */
    public Values read(Context ctx) {
        Map<String, List<String>> given = ctx.queryParamMap();
        List<FieldError> errors = new ArrayList<>();
        given.forEach((name, values) -> {
            if (name.isEmpty()) {
                return; // "?limit=5&": an empty pair names nothing
            }
            if (!single.contains(name) && !repeatable.contains(name)) {
                errors.add(new FieldError(name, names().isEmpty() ? "is not a parameter of this route, which takes none"
                        : "is not a parameter of this route, which takes " + String.join(", ", names())));
            } else if (values.size() > 1 && !repeatable.contains(name)) {
                errors.add(new FieldError(name, "is given " + values.size() + " times; give it once"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Values(given);
    }

    /** The checked parameters of one request. */
    public static final class Values {

        private final Map<String, List<String>> given;

        private Values(Map<String, List<String>> given) {
            this.given = given;
        }

        /** The value of a parameter given at most once; null when absent. */
        public String one(String name) {
            List<String> values = given.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** Every value of a repeatable parameter, in the order given; empty when absent. */
        public List<String> all(String name) {
            return List.copyOf(given.getOrDefault(name, List.of()));
        }
    }
}
