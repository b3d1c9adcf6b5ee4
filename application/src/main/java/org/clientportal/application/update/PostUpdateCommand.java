package org.clientportal.application.update;

/** A new update as the caller sent it; {@code visibility} left out is internal. */
public record PostUpdateCommand(String projectId, String body, String visibility) {
}
