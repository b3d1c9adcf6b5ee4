package org.clientportal.application.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.application.contact.PortalRightNames;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.update.ProjectUpdate;

/**
 * The audit's view of a record: its business fields as plain values, and never a secret
 * (no password hash, no key digest).
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static Map<String, Object> of(Client client) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", client.profile().name());
        m.put("email", client.profile().email().map(Object::toString).orElse(null));
        m.put("company", client.profile().company().orElse(null));
        m.put("phone", client.profile().phone().orElse(null));
        m.put("taskKeyPrefix", client.taskKeyPrefix().value());
        m.put("status", wire(client.status()));
        m.put("source", wire(client.source()));
        m.put("version", client.version());
        return m;
    }

    public static Map<String, Object> of(Project project) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", project.clientId().toString());
        m.put("name", project.details().name());
        m.put("description", project.details().description().orElse(null));
        m.put("startDate", text(project.details().startDate()));
        m.put("dueDate", text(project.details().dueDate()));
        m.put("status", wire(project.status()));
        m.put("visibility", wire(project.visibility()));
        m.put("milestones", project.milestones().stream().map(Snapshots::of).toList());
        m.put("version", project.version());
        return m;
    }

    public static Map<String, Object> of(Milestone milestone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", milestone.key().value());
        m.put("title", milestone.title());
        m.put("taskKeys", milestone.taskKeys().stream().map(Object::toString).toList());
        m.put("dueDate", text(milestone.dueDate()));
        m.put("visibility", wire(milestone.visibility()));
        m.put("completedAt", milestone.completedAt().map(Instant::toString).orElse(null));
        return m;
    }

    public static Map<String, Object> of(Task task) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", task.key().value());
        m.put("projectId", task.projectId().toString());
        m.put("clientId", task.clientId().toString());
        m.put("title", task.details().title());
        m.put("description", task.details().description().orElse(null));
        m.put("priority", wire(task.details().priority()));
        m.put("dueDate", text(task.details().dueDate()));
        m.put("assigneeId", task.details().assignee().map(Object::toString).orElse(null));
        m.put("visibility", wire(task.details().visibility()));
        m.put("source", wire(task.source()));
        m.put("status", wire(task.status()));
        m.put("declineReason", task.declineReason().orElse(null));
        m.put("version", task.version());
        return m;
    }

    public static Map<String, Object> of(Contact contact) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", contact.clientId().toString());
        m.put("name", contact.name());
        m.put("email", contact.email().value());
        m.put("rights", PortalRightNames.wire(contact.rights()));
        m.put("version", contact.version());
        return m;
    }

    public static Map<String, Object> of(ProjectUpdate update) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", update.projectId().toString());
        m.put("body", update.body());
        m.put("visibility", wire(update.visibility()));
        m.put("version", update.version());
        return m;
    }

    public static Map<String, Object> of(Attachment attachment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parentKind", wire(attachment.parent().kind()));
        m.put("parentId", attachment.parent().id().toString());
        m.put("name", attachment.name().value());
        m.put("size", attachment.size());
        m.put("contentType", attachment.contentType());
        m.put("sha256", attachment.sha256());
        return m;
    }

    public static Map<String, Object> of(TaskComment comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskId", comment.taskId().toString());
        m.put("body", comment.body());
        m.put("visibility", wire(comment.visibility()));
        m.put("version", comment.version());
        return m;
    }

    public static Map<String, Object> of(Ask ask) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", ask.key().value());
        m.put("clientId", ask.clientId().toString());
        m.put("projectId", ask.projectId().map(Object::toString).orElse(null));
        m.put("kind", wire(ask.kind()));
        m.put("title", ask.title());
        m.put("description", ask.description().orElse(null));
        m.put("visibility", wire(ask.visibility()));
        m.put("classification", wire(ask.classification()));
        m.put("taskKey", ask.linkedTask().map(Object::toString).orElse(null));
        m.put("version", ask.version());
        return m;
    }

    public static Map<String, Object> of(AskReply reply) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replyId", reply.id().toString());
        m.put("body", reply.body());
        m.put("visibility", wire(reply.visibility()));
        return m;
    }

    /** What operators did with a queue item: when it was acknowledged, and until when it is snoozed. */
    public static Map<String, Object> of(QueueMark mark) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("acknowledgedAt", mark.acknowledged().map(s -> s.at().toString()).orElse(null));
        m.put("snoozedUntil", mark.snoozed().map(s -> s.until().toString()).orElse(null));
        return m;
    }

    public static Map<String, Object> of(Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", report.clientId().toString());
        m.put("projectId", report.projectId().map(Object::toString).orElse(null));
        m.put("from", report.period().from().toString());
        m.put("to", report.period().to().toString());
        m.put("title", report.title());
        m.put("body", report.body());
        m.put("status", wire(report.status()));
        m.put("version", report.version());
        return m;
    }

    public static Map<String, Object> of(ReportAcknowledgement acknowledgement) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("contactId", acknowledgement.contactId().toString());
        m.put("contactName", acknowledgement.contactName());
        m.put("at", acknowledgement.at().toString());
        return m;
    }

    public static Map<String, Object> of(Operator operator) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", operator.email().value());
        m.put("name", operator.name());
        m.put("role", wire(operator.role()));
        m.put("version", operator.version());
        return m;
    }

    public static Map<String, Object> of(ApiKey key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", key.name());
        m.put("role", wire(key.role()));
        m.put("scopes", key.scopes().stream().map(ApiKeyScope::wireName).sorted().toList());
        m.put("revokedAt", key.revokedAt().map(Instant::toString).orElse(null));
        return m;
    }

    public static Map<String, Object> of(Tenant tenant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", tenant.name());
        m.put("slug", tenant.slug().value());
        return m;
    }

    /** The snapshot with one more entry, e.g. the reason given for a transition. */
    public static Map<String, Object> with(Map<String, Object> snapshot, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(snapshot);
        m.put(key, value);
        return m;
    }

    public static Map<String, Object> of(TimeEntry entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", entry.clientId().toString());
        m.put("projectId", entry.projectId().map(Object::toString).orElse(null));
        m.put("taskKey", entry.task().map(t -> t.key().value()).orElse(null));
        m.put("operatorId", entry.operatorId().toString());
        m.put("minutes", entry.spent().minutes());
        m.put("date", entry.spent().date().toString());
        m.put("note", entry.spent().note().orElse(null));
        m.put("billable", entry.spent().billable());
        m.put("version", entry.version());
        return m;
    }

    public static Map<String, Object> of(CapacityBudget budget) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", budget.clientId().toString());
        m.put("hours", budget.terms().hours().toPlainString());
        m.put("period", wire(budget.terms().period()));
        m.put("startsOn", budget.terms().startsOn().toString());
        m.put("endsOn", text(budget.terms().endsOn()));
        m.put("clientVisible", budget.terms().clientVisible());
        m.put("version", budget.version());
        return m;
    }

    public static Map<String, Object> of(BusinessHours hours) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timeZone", hours.zone().getId());
        m.put("workingDays", hours.workingDays().stream().sorted().map(Snapshots::wire).toList());
        m.put("opens", hours.opens().toString());
        m.put("closes", hours.closes().toString());
        m.put("holidays", hours.holidays().stream().map(LocalDate::toString).toList());
        return m;
    }

    public static Map<String, Object> of(SlaPolicy policy) {
        Map<String, Object> m = new LinkedHashMap<>();
        policy.targets().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder()))
                .forEach(e -> m.put(wire(e.getKey()), Map.of("firstResponseMinutes", e.getValue().firstResponse().toMinutes(),
                        "resolutionMinutes", e.getValue().resolution().toMinutes())));
        return m;
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
