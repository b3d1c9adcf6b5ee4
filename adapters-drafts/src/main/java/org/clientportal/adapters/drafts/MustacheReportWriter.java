package org.clientportal.adapters.drafts;

import static org.clientportal.application.shared.MarkdownText.inline;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.application.port.ReportWriter;
import org.clientportal.application.report.ReportFacts;
import org.clientportal.application.report.ReportWindow;
import org.clientportal.application.shared.MarkdownText;

/**
 * Report drafts from the template {@code report.mustache}, compiled once, as Markdown. Every name and
 * title a person typed is escaped so that it reads as typed; the text of an update is quoted as its
 * author wrote it, Markdown and all.
 */
public final class MustacheReportWriter implements ReportWriter {

    private static final String TEMPLATE = "org/clientportal/adapters/drafts/report.mustache";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final Mustache template;

    public MustacheReportWriter() {
        this.template = new PlainTextMustacheFactory().compile(TEMPLATE);
    }

    @Override
    public String draft(ReportFacts facts) {
        StringWriter out = new StringWriter();
        template.execute(out, scope(facts));
        return out.toString().strip() + "\n";
    }

    private static Map<String, Object> scope(ReportFacts f) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("heading", inline(f.clientName()) + f.projectName().map(p -> ": " + inline(p)).orElse(""));
        scope.put("agencyName", inline(f.agencyName()));
        scope.put("clientName", inline(f.clientName()));
        scope.put("from", f.period().from().toString());
        scope.put("to", f.period().to().toString());
        List<Map<String, String>> tasks = f.completedTasks().stream().map(t -> Map.of("key", t.key(),
                "title", inline(t.title()), "project", inline(t.projectName()),
                "day", f.dayOf(t.doneAt()).toString())).toList();
        put(scope, "tasks", "hasTasks", tasks);
        List<Map<String, String>> milestones = f.reachedMilestones().stream().map(m -> Map.of("title",
                inline(m.title()), "project", inline(m.projectName()), "day", f.dayOf(m.reachedAt()).toString())).toList();
        put(scope, "milestones", "hasMilestones", milestones);
        List<Map<String, String>> updates = f.sharedUpdates().stream().map(u -> Map.of("project",
                inline(u.projectName()), "author", inline(u.authorName()), "day", f.dayOf(u.postedAt()).toString(),
                "quoted", MarkdownText.quoted(u.body()))).toList();
        put(scope, "updates", "hasUpdates", updates);
        scope.put("hours", hours(f.time().minutes()));
        scope.put("billableHours", hours(f.time().billableMinutes()));
        scope.put("clientWide", f.projectName().isPresent());
        List<Map<String, String>> capacity = f.capacity().stream().map(c -> Map.of(
                "budgetHours", c.budgetHours().stripTrailingZeros().toPlainString(), "period", c.budgetPeriod(),
                "start", c.start().toString(), "end", c.end().toString(),
                "usedHours", c.usedHours().stripTrailingZeros().toPlainString(),
                "percent", c.percentUsed().toPlainString())).toList();
        put(scope, "capacity", "hasCapacity", capacity);
        List<Map<String, String>> metrics = f.metrics().stream().map(m -> Map.of("project", inline(m.projectName()),
                "name", m.name(), "unit", inline(m.unit()), "points", String.valueOf(m.points()),
                "sum", m.sum().toPlainString(), "average", m.average().toPlainString(),
                "min", m.min().toPlainString(), "max", m.max().toPlainString())).toList();
        put(scope, "metrics", "hasMetrics", metrics);
        scope.put("more", f.more());
        scope.put("limit", ReportWindow.LIMIT);
        return scope;
    }

    private static void put(Map<String, Object> scope, String name, String flag, List<Map<String, String>> items) {
        scope.put(name, items);
        scope.put(flag, !items.isEmpty());
    }

    private static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
