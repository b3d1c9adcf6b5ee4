package org.clientportal.application.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.application.task.SearchTasks;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.task.TaskStatus;

/**
 * An operator's digest, read in one transaction from the same record as the queue: by default the
 * caller's own (an API key's is its issuer's), or another operator's of the agency by id.
 */
public final class GetDigest {

    public static final int ITEMS_MAX = 50;

    private static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS,
            TaskStatus.WAITING_ON_CLIENT);
    private static final List<QueueItemKind> AT_RISK = List.of(QueueItemKind.SLA_BREACHED, QueueItemKind.SLA_AT_RISK);
    private static final List<QueueItemKind> ARRIVED = List.of(QueueItemKind.REQUEST_AWAITING_ACCEPTANCE,
            QueueItemKind.ASK_UNCLASSIFIED, QueueItemKind.REPORT_AWAITING_REVIEW);

    private final Transactions transactions;
    private final OperatorRepository operators;
    private final TaskRepository tasks;
    private final QueueItems items;
    private final SlaSettings settings;
    private final Clock clock;

    GetDigest(Transactions transactions, OperatorRepository operators, TaskRepository tasks, QueueItems items,
              SlaSettings settings, Clock clock) {
        this.transactions = transactions;
        this.operators = operators;
        this.tasks = tasks;
        this.items = items;
        this.settings = settings;
        this.clock = clock;
    }

    public Digest execute(Actor actor, String operatorId) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<OperatorId> asked = v.optional("operatorId", operatorId, OperatorId::of);
        v.done();
        OperatorId whose = asked.orElseGet(() -> ownOperator(actor));
        return of(actor.tenantId(), whose);
    }

    /**
     * The operator's digest, for the one who may read it or for the job that sends it, in (or joining)
     * a transaction of the tenant.
     */
    public Digest of(TenantId tenant, OperatorId whose) {
        return transactions.inTenant(tenant, () -> {
            Operator operator = operators.find(tenant, whose)
                    .orElseThrow(() -> new NotFound("operator", whose.toString()));
            BusinessHours hours = settings.hoursOf(tenant);
            LocalDate today = hours.dayOf(clock.now());
            Instant since = today.minusDays(1).atStartOfDay(hours.zone()).toInstant();
            TaskSearch mine = new TaskSearch(Optional.empty(), Optional.empty(), OPEN, Optional.of(whose),
                    Optional.empty(), Optional.of(today.plusDays(2)));
            return new Digest(operator, today, hours.zone(), tasks.search(tenant, mine,
                    SearchTasks.LISTING.request(new PageInput(String.valueOf(ITEMS_MAX), null, "dueDate"),
                            tenant, mine.canonical())).items(),
                    of(tenant, AT_RISK, Optional.empty()), since, of(tenant, ARRIVED, Optional.of(since)));
        });
    }

    private List<QueueItem> of(TenantId tenant, List<QueueItemKind> kinds, Optional<Instant> since) {
        List<QueueItem> found = new ArrayList<>();
        for (QueueItemKind kind : kinds) {
            found.addAll(items.ofKind(tenant, kind, since, ITEMS_MAX - found.size()));
        }
        return found;
    }

    /** Only operators and API keys read the agency's records, and each has an operator. */
    private static OperatorId ownOperator(Actor actor) {
        if (actor.principal() instanceof Principal.Operator operator) {
            return operator.id();
        }
        if (actor.principal() instanceof Principal.ApiKey key) {
            return key.createdBy();
        }
        throw new IllegalStateException(actor.principal().name() + " reads no agency records");
    }
}
