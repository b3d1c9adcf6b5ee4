package org.clientportal.application.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Outbox;
import org.clientportal.application.queue.Digest;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.capacity.Period;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.update.ProjectUpdate;

/**
 * Writes the hub's events into the outbox, inside the caller's transaction, each from what its
 * audience may read: an event about something internal is not written at all (a note, a task or
 * milestone not shared, a project not shared), so no payload can carry an internal record.
 */
public final class Notifications {

    private final Outbox outbox;
    private final IdSource ids;
    private final Clock clock;

    public Notifications(Outbox outbox, IdSource ids, Clock clock) {
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /** A contact's portal link: the hub sends it to them (the link is forgotten once delivered). */
    public void portalLinkIssued(Contact contact, String url, Instant expiresAt) {
        write(contact.tenantId(), NotificationType.PORTAL_LINK_ISSUED, Optional.of(contact.clientId()), Map.of(
                "contactId", contact.id().toString(), "contactName", contact.name(),
                "email", contact.email().value(), "url", url, "expiresAt", expiresAt.toString()));
    }

    /** An update the client now sees: client-visible, on a shared project. */
    public void updateShared(ProjectUpdate update, Project project) {
        if (!update.isVisibleToClient() || !project.isVisibleToClient()) {
            return;
        }
        write(update.tenantId(), NotificationType.UPDATE_POSTED, Optional.of(update.clientId()), Map.of(
                "updateId", update.id().toString(), "projectId", project.id().toString(),
                "projectName", project.details().name(), "authorName", update.authorName(), "body", update.body()));
    }

    /** A contact's request as filed: a task request or an ask, theirs and so the client's. */
    public void requestReceived(TenantId tenant, ClientId client, String key, String kind, String title,
                                String contactId) {
        write(tenant, NotificationType.REQUEST_RECEIVED, Optional.of(client), Map.of("key", key, "kind", kind,
                "title", title, "contactId", contactId));
    }

    /** A requested task accepted (opened) or declined (cancelled, with the reason the client is shown). */
    public void requestAnswered(Task before, Task after) {
        if (before.status() != TaskStatus.REQUESTED || after.status() == TaskStatus.REQUESTED) {
            return;
        }
        boolean accepted = after.status() != TaskStatus.CANCELLED;
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("key", after.key().value(), "title",
                after.details().title(), "status", Lifecycle.wireName(after.status())));
        after.declineReason().ifPresent(reason -> payload.put("reason", reason));
        write(after.tenantId(), accepted ? NotificationType.REQUEST_ACCEPTED : NotificationType.REQUEST_DECLINED,
                Optional.of(after.clientId()), payload);
    }

    /** A milestone reached, told only when the client sees it: client-visible, on a shared project. */
    public void milestoneCompleted(Project project, Milestone milestone) {
        if (milestone.visibility() != Visibility.CLIENT || !project.isVisibleToClient()) {
            return;
        }
        write(project.tenantId(), NotificationType.MILESTONE_COMPLETED, Optional.of(project.clientId()), Map.of(
                "projectId", project.id().toString(), "projectName", project.details().name(),
                "milestoneKey", milestone.key().value(), "title", milestone.title()));
    }

    public void reportPublished(Report report) {
        if (!report.isVisibleToClient()) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("reportId", report.id().toString(),
                "title", report.title(), "from", report.period().from().toString(),
                "to", report.period().to().toString()));
        report.projectId().ifPresent(p -> payload.put("projectId", p.toString()));
        write(report.tenantId(), NotificationType.REPORT_PUBLISHED, Optional.of(report.clientId()), payload);
    }

    /** For the agency's operators: a budget's period passed 80 % or 100 %. */
    public void capacityCrossed(CapacityBudget budget, Period period, CapacityLevel level, long usedMinutes) {
        write(budget.tenantId(), level == CapacityLevel.EXCEEDED ? NotificationType.CAPACITY_EXCEEDED
                : NotificationType.CAPACITY_WARNING, Optional.of(budget.clientId()), Map.of(
                "budgetId", budget.id().toString(), "periodStart", period.start().toString(),
                "periodEnd", period.end().toString(), "budgetHours", budget.terms().hours().toPlainString(),
                "usedMinutes", usedMinutes));
    }

    /**
     * An operator's digest, sent to them each morning: counts, and the keys and ids of what it names
     * (the hub links to them; no title or text of a record travels).
     */
    public void dailyDigest(TenantId tenant, Digest digest) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("operatorId", digest.operator().id().toString());
        payload.put("operatorName", digest.operator().name());
        payload.put("email", digest.operator().email().value());
        payload.put("day", digest.day().toString());
        payload.put("due", digest.due().stream().map(t -> t.key().value()).toList());
        payload.put("overdue", digest.due().stream().filter(t -> t.details().dueDate()
                .filter(d -> d.isBefore(digest.day())).isPresent()).map(t -> t.key().value()).toList());
        payload.put("atRisk", digest.atRisk().stream().map(i -> i.id().toString()).toList());
        payload.put("arrived", digest.arrived().stream().map(i -> i.id().toString()).toList());
        write(tenant, NotificationType.DAILY_DIGEST, Optional.empty(), payload);
    }

    /** For the agency's operators: a client request's SLA clock at risk, or breached. */
    public void slaAlert(TenantId tenant, QueueItem item) {
        write(tenant, item.kind() == QueueItemKind.SLA_BREACHED ? NotificationType.SLA_BREACHED
                : NotificationType.SLA_AT_RISK, Optional.of(item.clientId()), Map.of("itemId", item.id().toString(),
                "subjectType", item.subject().type(), "key", item.subject().key(), "why", item.why(),
                "dueAt", item.at().toString()));
    }

    private void write(TenantId tenant, NotificationType type, Optional<ClientId> client, Map<String, Object> payload) {
        outbox.add(new Notification(ids.next(), tenant, type, client, payload, clock.now()));
    }
}
