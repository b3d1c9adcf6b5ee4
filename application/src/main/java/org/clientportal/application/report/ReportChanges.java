package org.clientportal.application.report;

import java.util.Optional;
import org.clientportal.application.shared.Change;

/** A partial edit of a report: its title, its text, or both. */
public record ReportChanges(Change<String> title, Change<String> body, Optional<Long> expectedVersion) {
}
