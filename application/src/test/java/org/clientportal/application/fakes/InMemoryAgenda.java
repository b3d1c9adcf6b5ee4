package org.clientportal.application.fakes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.clientportal.application.port.Agenda;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.agenda.StaleItem;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;

/** Due and stale work read from the other fakes' maps, ordered as PostgreSQL orders them. */
public final class InMemoryAgenda implements Agenda {

    private static final Set<DocsStatus> DUE_INVOICE = Set.of(DocsStatus.ISSUED, DocsStatus.OVERDUE);

    private final InMemoryClientRepository clients;
    private final InMemoryProjectRepository projects;
    private final InMemoryTaskRepository tasks;
    private final InMemoryReportRepository reports;
    private final InMemoryDocsRepository docs;

    public InMemoryAgenda(InMemoryClientRepository clients, InMemoryProjectRepository projects,
                          InMemoryTaskRepository tasks, InMemoryReportRepository reports, InMemoryDocsRepository docs) {
        this.clients = clients;
        this.projects = projects;
        this.tasks = tasks;
        this.reports = reports;
        this.docs = docs;
    }

    @Override
    public List<DueItem> due(TenantId tenant, LocalDate from, LocalDate to, Optional<Position> after, int limit) {
        Stream<DueItem> dueTasks = openTasks(tenant)
                .filter(t -> t.details().dueDate().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent())
                .map(t -> new DueItem("task", t.key().value(), t.details().title(), t.details().dueDate().orElseThrow(),
                        Optional.of(t.projectId()), t.clientId(), Lifecycle.wireName(t.status()), t.id().value()));
        Stream<DueItem> dueMilestones = projects.all().stream()
                .filter(p -> p.tenantId().equals(tenant) && !p.status().isClosed())
                .flatMap(p -> p.milestones().stream().filter(m -> m.completedAt().isEmpty())
                        .filter(m -> m.dueDate().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent())
                        .map(m -> milestone(p, m)));
        Stream<DueItem> dueReports = reports.all().stream()
                .filter(r -> r.tenantId().equals(tenant) && r.status().isPending())
                .filter(r -> !r.period().to().isBefore(from) && !r.period().to().isAfter(to))
                .map(r -> new DueItem("report", r.id().toString(), r.title(), r.period().to(), r.projectId(),
                        r.clientId(), Lifecycle.wireName(r.status()), r.id().value()));
        Stream<DueItem> dueInvoices = docs.all().stream()
                .filter(r -> r.tenantId().equals(tenant) && r.facts().kind() == DocsKind.INVOICE
                        && r.clientId().isPresent() && DUE_INVOICE.contains(r.facts().status()))
                .filter(r -> r.facts().dueDate().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent())
                .map(r -> new DueItem("invoice", r.id().toString(), r.facts().title(), r.facts().dueDate().orElseThrow(),
                        Optional.empty(), r.clientId().orElseThrow(), Lifecycle.wireName(r.facts().status()),
                        r.id().value()));
        Comparator<DueItem> order = Comparator.comparing(DueItem::dueDate).thenComparing(i -> i.orderId().toString());
        return Stream.of(dueTasks, dueMilestones, dueReports, dueInvoices).flatMap(s -> s)
                .filter(i -> after.map(p -> isAfter(i.dueDate(), i.orderId(),
                        ((SortValue.Date) p.key()).value().orElseThrow(), p.id())).orElse(true))
                .sorted(order).limit(limit).toList();
    }

    @Override
    public List<StaleItem> stale(TenantId tenant, Instant untouchedSince, Optional<Position> after, int limit) {
        Stream<StaleItem> leads = clients.all().stream()
                .filter(c -> c.tenantId().equals(tenant) && c.status() == ClientStatus.LEAD)
                .map(c -> new StaleItem("client", c.id().value(), Optional.empty(), c.profile().name(), c.id(),
                        Lifecycle.wireName(c.status()), c.updatedAt()));
        Stream<StaleItem> underWay = projects.all().stream()
                .filter(p -> p.tenantId().equals(tenant) && !p.status().isClosed())
                .map(p -> new StaleItem("project", p.id().value(), Optional.empty(), p.details().name(), p.clientId(),
                        Lifecycle.wireName(p.status()), p.updatedAt()));
        Stream<StaleItem> open = openTasks(tenant)
                .map(t -> new StaleItem("task", t.id().value(), Optional.of(t.key().value()), t.details().title(),
                        t.clientId(), Lifecycle.wireName(t.status()), t.updatedAt()));
        Comparator<StaleItem> order = Comparator.comparing(StaleItem::updatedAt).thenComparing(i -> i.id().toString());
        return Stream.of(leads, underWay, open).flatMap(s -> s)
                .filter(i -> i.updatedAt().isBefore(untouchedSince))
                .filter(i -> after.map(p -> isAfter(i.updatedAt(), i.id(), ((SortValue.Time) p.key()).value(), p.id()))
                        .orElse(true))
                .sorted(order).limit(limit).toList();
    }

    /** After the place in (value, id as text) order, the order PostgreSQL gives a row of a value and a uuid. */
    private static <T extends Comparable<T>> boolean isAfter(T value, UUID id, T placeValue, UUID placeId) {
        int byValue = value.compareTo(placeValue);
        return byValue > 0 || (byValue == 0 && id.toString().compareTo(placeId.toString()) > 0);
    }

    private Stream<Task> openTasks(TenantId tenant) {
        return tasks.all().stream().filter(t -> t.tenantId().equals(tenant))
                .filter(t -> t.status() != TaskStatus.DONE && t.status() != TaskStatus.CANCELLED);
    }

    private static DueItem milestone(Project project, Milestone m) {
        return new DueItem("milestone", m.key().value(), m.title(), m.dueDate().orElseThrow(), Optional.of(project.id()),
                project.clientId(), "open", md5Uuid(project.id() + "/" + m.key().value()));
    }

    /** As PostgreSQL's md5(text)::uuid: the digest's 16 bytes as they are. */
    private static UUID md5Uuid(String text) {
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("MD5").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
