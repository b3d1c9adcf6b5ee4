package org.clientportal.adapters.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.report.ReportFacts;
import org.clientportal.domain.report.ReportPeriod;
import org.junit.jupiter.api.Test;

/** The report template, rendered with mustache.java as the service renders it. */
class MustacheReportWriterTest {

    private static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-31"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final MustacheReportWriter writer = new MustacheReportWriter();

    @Test
    void aDraft_listsWorkMilestonesUpdatesMetricsAndTime_onTheAgencysDays_escapingWhatPeopleTyped() {
        String draft = writer.draft(new ReportFacts("Studio North", "Acme *Corp*", Optional.empty(), OCTOBER, BERLIN,
                List.of(new ReportFacts.CompletedTask("ACME-7", "Fix the [logo]", "Website",
                        Instant.parse("2026-10-09T22:30:00Z"))),
                List.of(new ReportFacts.ReachedMilestone("Launch", "Website", Instant.parse("2026-10-20T10:00:00Z"))),
                List.of(new ReportFacts.SharedUpdate("Website", "Olive", Instant.parse("2026-10-21T08:00:00Z"),
                        "We launched.\n\n**Thanks** for the help!")),
                new ReportFacts.TimeLogged(750, 600),
                List.of(new ReportFacts.CapacityPeriod(new BigDecimal("40.00"), "month", OCTOBER.from(), OCTOBER.to(),
                        new BigDecimal("12.50"), new BigDecimal("31.3"))),
                List.of(new ReportFacts.MetricTotal("Website", "lighthouse.performance", "score|pts", 2,
                        new BigDecimal("183.0"), new BigDecimal("91"), new BigDecimal("92"), new BigDecimal("91.50"))),
                false));

        assertThat(draft).isEqualTo("""
                # Acme \\*Corp\\*

                A report from Studio North on the work of 2026-10-01 to 2026-10-31.

                ## Work completed

                - **ACME-7** Fix the \\[logo\\] — Website, done on 2026-10-10

                ## Milestones reached

                - Launch — Website, reached on 2026-10-20

                ## Updates

                ### 2026-10-21: Website, by Olive

                > We launched.
                >
                > **Thanks** for the help!

                ## Metrics

                | Project | Metric | Points | Total | Average | Lowest | Highest |
                |---|---|---|---|---|---|---|
                | Website | lighthouse.performance (score\\|pts) | 2 | 183 | 91.5 | 91 | 92 |

                ## Time and capacity

                12.5 h logged in the period, 10 h of them billable.

                | Budget | Period | Used | Share |
                |---|---|---|---|
                | 40 h a month | 2026-10-01 to 2026-10-31 | 12.5 h | 31.3 % |
                """);
    }

    @Test
    void anEmptyPeriodOfOneProject_saysSo_andThatTheTimeIsTheClients() {
        String draft = writer.draft(new ReportFacts("Studio North", "Acme", Optional.of("Website"), OCTOBER, BERLIN,
                List.of(), List.of(), List.of(), new ReportFacts.TimeLogged(0, 0), List.of(), List.of(), true));

        assertThat(draft).startsWith("# Acme: Website\n")
                .contains("No tasks were completed in this period.", "No milestones were reached in this period.",
                        "No updates were posted in this period.",
                        "0 h logged in the period, 0 h of them billable (all of Acme's work, not this project's alone).",
                        "_Some lists stop at 500 items; the rest of the period is not shown._")
                .doesNotContain("| Budget |").doesNotContain("## Metrics");
    }
}
