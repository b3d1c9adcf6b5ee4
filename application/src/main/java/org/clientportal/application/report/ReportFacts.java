package org.clientportal.application.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.report.ReportPeriod;

/**
 * Everything a report draft may speak of, and nothing else: read in the client's view of the record,
 * so each item is one the client's contacts could see in the portal. Days are the agency's, in {@code zone}.
 * {@code more} says a list was cut at {@link ReportWindow#LIMIT}.
 */
public record ReportFacts(String agencyName, String clientName, Optional<String> projectName, ReportPeriod period,
                          ZoneId zone,
                          List<CompletedTask> completedTasks, List<ReachedMilestone> reachedMilestones,
                          List<SharedUpdate> sharedUpdates, TimeLogged time, List<CapacityPeriod> capacity,
                          List<MetricTotal> metrics, boolean more) {

    public ReportFacts {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        completedTasks = List.copyOf(completedTasks);
        reachedMilestones = List.copyOf(reachedMilestones);
        sharedUpdates = List.copyOf(sharedUpdates);
        Objects.requireNonNull(time, "time");
        capacity = List.copyOf(capacity);
        metrics = List.copyOf(metrics);
    }

    /** The agency's day an instant fell on. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    public record CompletedTask(String key, String title, String projectName, Instant doneAt) {
    }

    public record ReachedMilestone(String title, String projectName, Instant reachedAt) {
    }

    public record SharedUpdate(String projectName, String authorName, Instant postedAt, String body) {
    }

    /** The minutes logged for the client over the period, and of them billable: totals, never an entry. */
    public record TimeLogged(long minutes, long billableMinutes) {
    }

    /** A metric an integrator sent for a shared project, summed up over the period: exact, as sent. */
    public record MetricTotal(String projectName, String name, String unit, long points, BigDecimal sum,
                              BigDecimal min, BigDecimal max, BigDecimal average) {

        /** Without trailing zeros, however many decimals the store keeps: 91.5, not 91.5000000000. */
        public MetricTotal {
            sum = sum.stripTrailingZeros();
            min = min.stripTrailingZeros();
            max = max.stripTrailingZeros();
            average = average.stripTrailingZeros();
        }
    }

    /** One period of a client-visible budget that shares a day with the report's. */
    public record CapacityPeriod(BigDecimal budgetHours, String budgetPeriod, LocalDate start, LocalDate end,
                                 BigDecimal usedHours, BigDecimal percentUsed) {
    }
}
