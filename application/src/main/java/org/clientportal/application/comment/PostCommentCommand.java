package org.clientportal.application.comment;

/** A comment as a caller sends it, on the task with this key; {@code visibility} null when not sent. */
public record PostCommentCommand(String taskKey, String body, String visibility) {
}
