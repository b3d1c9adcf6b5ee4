package org.clientportal.adapters.http.web;

/** A body that is already JSON text (a recorded idempotent response): written as it is. */
public record RawJson(String text) {
}
