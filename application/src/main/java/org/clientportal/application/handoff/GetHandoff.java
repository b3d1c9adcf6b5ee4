package org.clientportal.application.handoff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.ask.AskSearch;
import org.clientportal.application.ask.ListAsks;
import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.audit.ListAuditEvents;
import org.clientportal.application.capacity.CurrentCapacity;
import org.clientportal.application.contact.ListContacts;
import org.clientportal.application.docs.DocsSearch;
import org.clientportal.application.docs.ListDocs;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortField;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.application.task.SearchTasks;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskView;
import org.clientportal.application.update.ListUpdates;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;

/** Reads a client's handoff summary in one transaction, from the records themselves. */
public final class GetHandoff {

    /** The ports a handoff reads. */
    public record Ports(Transactions transactions, ClientRepository clients, AuditTrail audit,
                        ContactRepository contacts, ProjectRepository projects, TaskRepository tasks,
                        AskRepository asks, UpdateRepository updates, DocsRepository docs) {
    }

    private final Ports ports;
    private final SlaReadings slas;
    private final CurrentCapacity capacity;

    GetHandoff(Ports ports, SlaReadings slas, CurrentCapacity capacity) {
        this.ports = ports;
        this.slas = slas;
        this.capacity = capacity;
    }

    public Handoff execute(Actor actor, String clientId) {
        actor.require(Permission.READ);
        ClientId id = ClientId.parse(clientId);
        TenantId tenant = actor.tenantId();
        return ports.transactions().inTenant(tenant, () -> {
            Client client = ports.clients().find(tenant, id).orElseThrow(() -> new NotFound("client", clientId));
            List<Task> tasks = ports.tasks().search(tenant, new TaskSearch(Optional.empty(), Optional.of(id),
                    EnumSet.complementOf(EnumSet.of(TaskStatus.DONE, TaskStatus.CANCELLED)), Optional.empty(),
                    Optional.empty(), Optional.empty(), false),
                    page(SearchTasks.LISTING, tenant, Handoff.LIST_MAX, "dueDate")).items();
            Map<TaskKey, SlaReading> taskClocks = slas.ofTasks(tenant, tasks);
            List<Ask> asks = ports.asks().search(tenant, new AskSearch(Optional.of(false), Optional.of(id)),
                    page(ListAsks.LISTING, tenant, Handoff.LIST_MAX, "createdAt")).items();
            Map<TaskKey, SlaReading> askClocks = slas.ofAsks(tenant, asks);
            return new Handoff(client,
                    ports.audit().search(tenant, new AuditSearch(Optional.of("client"), Optional.of(id.toString())),
                            page(ListAuditEvents.LISTING, tenant, Handoff.HISTORY_MAX, null)).items(),
                    ports.contacts().listOfClient(tenant, id, page(ListContacts.LISTING, tenant, Handoff.LIST_MAX,
                            null)).items(),
                    ports.projects().search(tenant, new ProjectSearch(Optional.of(id), EnumSet.of(ProjectStatus.PLANNED,
                                    ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD, ProjectStatus.IN_REVIEW),
                                    Optional.empty()), page(SearchProjects.LISTING, tenant, Handoff.LIST_MAX, "dueDate"))
                            .items().stream().map(GetHandoff::active).toList(),
                    tasks.stream().map(t -> new TaskView(t, Optional.ofNullable(taskClocks.get(t.key())))).toList(),
                    asks.stream().map(a -> new Handoff.OpenAsk(a, Optional.ofNullable(askClocks.get(a.key())))).toList(),
                    ports.updates().search(tenant, new UpdateSearch(Optional.empty(), Optional.of(id), Optional.empty(),
                            false), page(ListUpdates.LISTING, tenant, Handoff.UPDATES_MAX, null)).items(),
                    capacity.of(tenant, id), latest(tenant, DocsKind.DOCUMENT, id),
                    latest(tenant, DocsKind.INVOICE, id));
        });
    }

    private List<DocsRecord> latest(TenantId tenant, DocsKind kind, ClientId client) {
        return ports.docs().search(tenant, new DocsSearch(kind, Optional.of(client), Optional.empty(), false),
                page(ListDocs.LISTING, tenant, Handoff.UPDATES_MAX, null)).items();
    }

    private static Handoff.ActiveProject active(Project project) {
        return new Handoff.ActiveProject(project, project.milestones().stream()
                .filter(m -> m.completedAt().isEmpty())
                .sorted(Comparator.comparing((Milestone m) -> m.dueDate().orElse(LocalDate.MAX)))
                .limit(Handoff.MILESTONES_MAX).toList());
    }

    private static <F extends Enum<F> & SortField> PageRequest<F> page(Listing<F> listing, TenantId tenant, int limit,
                                                                      String sort) {
        return listing.request(new PageInput(String.valueOf(limit), null, sort), tenant, "");
    }
}
