package org.clientportal.application.idempotency;

/** The response first given to an idempotent request, answered again to its repeats. */
public record RecordedResponse(int status, String body) {
}
