package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.clientportal.application.port.ReportWriter;
import org.clientportal.application.report.ReportFacts;

/**
 * Reports as one line per fact, so that a test can see everything a template was given, and keeps
 * the last facts for tests to look at.
 */
public final class PlainReportWriter implements ReportWriter {

    private volatile ReportFacts last;

    @Override
    public String draft(ReportFacts facts) {
        last = facts;
        List<String> lines = new ArrayList<>(List.of("to " + facts.clientName() + facts.projectName()
                .map(p -> " on " + p).orElse("") + " from " + facts.agencyName(), "period " + facts.period().from()
                + " " + facts.period().to()));
        facts.completedTasks().forEach(t -> lines.add("done " + t.key() + " " + t.title() + " " + facts.dayOf(t.doneAt())));
        facts.reachedMilestones().forEach(m -> lines.add("reached " + m.title() + " " + facts.dayOf(m.reachedAt())));
        facts.sharedUpdates().forEach(u -> lines.add("update " + u.body()));
        lines.add("time " + facts.time().minutes() + " " + facts.time().billableMinutes());
        facts.capacity().forEach(c -> lines.add("budget " + c.budgetHours() + " used " + c.usedHours()));
        facts.metrics().forEach(m -> lines.add("metric " + m.projectName() + " " + m.name() + " " + m.sum()));
        return String.join("\n", lines);
    }

    public ReportFacts last() {
        return last;
    }
}
