package org.clientportal.domain.shared;

/** What was wrong with one input field. */
public record FieldError(String field, String message) {
}
