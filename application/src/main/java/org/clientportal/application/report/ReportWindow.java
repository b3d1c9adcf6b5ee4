package org.clientportal.application.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.ReportPeriod;

/**
 * Whose records a report reads, and when: a client (or one of its projects), from the start of the
 * period's first day to the end of its last, in the agency's time zone; at most {@code limit} of each kind
 * (one more than {@link #LIMIT}, so that a reader can tell a list was cut).
 */
public record ReportWindow(ClientId clientId, Optional<ProjectId> projectId, Instant from, Instant until, int limit) {

    /** Enough for a busy year; a report that would list more says so, and the operator edits it down anyway. */
    public static final int LIMIT = 500;

    public ReportWindow {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from) || limit < 1) {
            throw new IllegalArgumentException("a report window runs forward and lists at least one record");
        }
    }

    public static ReportWindow of(ClientId client, Optional<ProjectId> project, ReportPeriod period, ZoneId zone) {
        return new ReportWindow(client, project, period.from().atStartOfDay(zone).toInstant(),
                period.to().plusDays(1).atStartOfDay(zone).toInstant(), LIMIT + 1);
    }
}
