package org.clientportal.application.fakes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clientportal.application.port.ReportSources;
import org.clientportal.application.report.ReportFacts;
import org.clientportal.application.report.ReportWindow;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;
import org.clientportal.domain.update.ProjectUpdate;

/** A report's sources read from the other fakes, with what the database's queries and policies admit. */
public final class InMemoryReportSources implements ReportSources {

    private final InMemoryProjectRepository projects;
    private final InMemoryTaskRepository tasks;
    private final InMemoryUpdateRepository updates;
    private final InMemoryProjectMetrics metrics;

    public InMemoryReportSources(InMemoryProjectRepository projects, InMemoryTaskRepository tasks,
                                 InMemoryUpdateRepository updates, InMemoryProjectMetrics metrics) {
        this.projects = projects;
        this.tasks = tasks;
        this.updates = updates;
        this.metrics = metrics;
    }

    @Override
    public List<ReportFacts.CompletedTask> completedTasks(TenantId tenant, ReportWindow window) {
        Map<TaskId, Instant> lastDone = new HashMap<>();
        for (TaskStatusChange change : tasks.statusChanges()) {
            if (change.tenantId().equals(tenant) && change.clientId().equals(window.clientId())
                    && change.to() == TaskStatus.DONE && within(change.at(), window)) {
                lastDone.merge(change.taskId(), change.at(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<ReportFacts.CompletedTask> done = new ArrayList<>();
        lastDone.forEach((id, at) -> tasks.find(tenant, id)
                .filter(t -> t.status() == TaskStatus.DONE && t.details().visibility() == Visibility.CLIENT)
                .ifPresent(task -> shared(tenant, task.projectId(), window).ifPresent(project -> done.add(
                        new ReportFacts.CompletedTask(task.key().value(), task.details().title(),
                                project.details().name(), at)))));
        return done.stream().sorted(Comparator.comparing(ReportFacts.CompletedTask::doneAt)
                .thenComparing(ReportFacts.CompletedTask::key)).limit(window.limit()).toList();
    }

    @Override
    public List<ReportFacts.ReachedMilestone> reachedMilestones(TenantId tenant, ReportWindow window) {
        List<ReportFacts.ReachedMilestone> reached = new ArrayList<>();
        for (Project project : projects.all()) {
            if (shared(tenant, project.id(), window).isEmpty()) {
                continue;
            }
            for (Milestone m : project.milestonesVisibleToClient()) {
                m.completedAt().filter(at -> within(at, window)).ifPresent(at -> reached.add(
                        new ReportFacts.ReachedMilestone(m.title(), project.details().name(), at)));
            }
        }
        return reached.stream().sorted(Comparator.comparing(ReportFacts.ReachedMilestone::reachedAt)
                .thenComparing(ReportFacts.ReachedMilestone::projectName)).limit(window.limit()).toList();
    }

    @Override
    public List<ReportFacts.SharedUpdate> sharedUpdates(TenantId tenant, ReportWindow window) {
        List<ReportFacts.SharedUpdate> shared = new ArrayList<>();
        for (ProjectUpdate u : updates.all()) {
            if (u.tenantId().equals(tenant) && u.isVisibleToClient() && within(u.createdAt(), window)) {
                shared(tenant, u.projectId(), window).ifPresent(project -> shared.add(new ReportFacts.SharedUpdate(
                        project.details().name(), u.authorName(), u.createdAt(), u.body())));
            }
        }
        return shared.stream().sorted(Comparator.comparing(ReportFacts.SharedUpdate::postedAt))
                .limit(window.limit()).toList();
    }

    @Override
    public List<ReportFacts.MetricTotal> metricTotals(TenantId tenant, ReportWindow window) {
        Map<List<String>, List<BigDecimal>> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (Project project : projects.all()) {
            if (shared(tenant, project.id(), window).isPresent()) {
                metrics.pointsOf(tenant, project.id()).stream().filter(p -> within(p.at(), window))
                        .forEach(p -> groups.computeIfAbsent(List.of(project.details().name(), p.name(), p.unit()),
                                k -> new ArrayList<>()).add(p.value()));
            }
        }
        List<ReportFacts.MetricTotal> totals = new ArrayList<>();
        groups.forEach((key, values) -> {
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.add(new ReportFacts.MetricTotal(key.get(0), key.get(1), key.get(2), values.size(), sum,
                    values.stream().min(Comparator.naturalOrder()).orElseThrow(),
                    values.stream().max(Comparator.naturalOrder()).orElseThrow(),
                    sum.divide(BigDecimal.valueOf(values.size()), MetricPoint.DECIMALS_MAX, RoundingMode.HALF_UP)));
        });
        return totals.stream().limit(window.limit()).toList();
    }

    /** The project when it is the window's client's, shared, and the one asked for if one was. */
    private Optional<Project> shared(TenantId tenant, ProjectId id, ReportWindow window) {
        return projects.find(tenant, id).filter(p -> p.clientId().equals(window.clientId()) && p.isVisibleToClient()
                && window.projectId().map(id::equals).orElse(true));
    }

    private static boolean within(Instant at, ReportWindow window) {
        return !at.isBefore(window.from()) && at.isBefore(window.until());
    }
}
