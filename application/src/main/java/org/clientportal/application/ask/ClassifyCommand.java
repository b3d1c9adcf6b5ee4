package org.clientportal.application.ask;

import java.util.Optional;

/**
 * A classification as sent: {@code as} one of task, bug, question, not_actionable; {@code projectId}
 * for the task a task or a bug makes (the ask's own project when left out).
 */
public record ClassifyCommand(String as, String projectId, Optional<Long> expectedVersion) {
}
