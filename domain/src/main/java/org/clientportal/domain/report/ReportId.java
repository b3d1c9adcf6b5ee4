package org.clientportal.domain.report;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.shared.Ids;

public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "report id");
    }

    /** For ids in paths: a malformed one names nothing, so it is not found. */
    public static ReportId parse(String raw) {
        return new ReportId(Ids.parseOrNotFound("report", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
