package org.clientportal.domain.shared;

import java.util.Map;

/**
 * The one family of business errors. Each carries a stable {@link #code()} that clients can
 * rely on, a kind that adapters translate, and structured details for machines.
 */
public class DomainError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final ErrorKind kind;
    private final transient Map<String, Object> details;

    public DomainError(ErrorKind kind, String code, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public DomainError(ErrorKind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    public Map<String, Object> details() {
        return details;
    }
}
