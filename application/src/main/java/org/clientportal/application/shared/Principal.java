package org.clientportal.application.shared;

import java.util.Objects;

/** Who acts: an operator, an API key, or the public intake form. Printed as {@code kind:id} in the audit. */
public record Principal(Kind kind, String id) {

    public enum Kind {
        OPERATOR("operator"),
        API_KEY("api-key"),
        PUBLIC("public");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public Principal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Principal operator(Object id) {
        return new Principal(Kind.OPERATOR, id.toString());
    }

    public static Principal apiKey(Object id) {
        return new Principal(Kind.API_KEY, id.toString());
    }

    public static Principal publicForm(String form) {
        return new Principal(Kind.PUBLIC, form);
    }

    @Override
    public String toString() {
        return kind.label + ":" + id;
    }
}
