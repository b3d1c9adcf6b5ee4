package org.clientportal.application.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.operator.ListOperators;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.queue.GetDigest;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.shared.TenantId;

/**
 * The daily-digest job, due every hour on the hour: each agency whose clock reads 07:00 at the slot
 * gets every operator's digest sent through the hub, in the agency's own transaction. An agency's
 * 07:00 comes once a day, and each slot runs once, so each operator gets one digest a day.
 */
final class SendDailyDigests extends NamedJob {

    static final String NAME = "daily-digest";
    static final int SEND_HOUR = 7;
    private static final int PAGE = 100;

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final OperatorRepository operators;
    private final SlaSettings settings;
    private final GetDigest digests;
    private final Notifications notifications;
    private final JobRuns runs;

    SendDailyDigests(Transactions transactions, TenantRepository tenants, OperatorRepository operators,
                     SlaSettings settings, GetDigest digests, Notifications notifications, JobRuns runs) {
        super(NAME);
        this.transactions = transactions;
        this.tenants = tenants;
        this.operators = operators;
        this.settings = settings;
        this.digests = digests;
        this.notifications = notifications;
        this.runs = runs;
    }

    @Override
    public Map<String, Long> run(UUID runId, Instant slot) {
        long sent = 0;
        long agencies = 0;
        for (TenantId tenant : transactions.outsideTenant(tenants::allIds)) {
            long ofTenant = transactions.inTenant(tenant, () -> sendIfSeven(tenant, slot, runId));
            if (ofTenant > 0) {
                sent += ofTenant;
                agencies++;
            }
        }
        return Map.of("digestsSent", sent, "agencies", agencies);
    }

    private long sendIfSeven(TenantId tenant, Instant slot, UUID runId) {
        if (slot.atZone(settings.hoursOf(tenant).zone()).getHour() != SEND_HOUR) {
            return 0L;
        }
        List<Operator> all = operatorsOf(tenant);
        all.forEach(operator -> notifications.dailyDigest(tenant, digests.of(tenant, operator.id())));
        if (!all.isEmpty()) {
            runs.countFor(tenant, runId, Map.of("digestsSent", (long) all.size()));
        }
        return all.size();
    }

    private List<Operator> operatorsOf(TenantId tenant) {
        List<Operator> all = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        do {
            Page<Operator> page = operators.list(tenant, ListOperators.LISTING.request(new PageInput(
                    String.valueOf(PAGE), cursor.map(Cursor::encode).orElse(null), null), tenant, ListOperators.NO_FILTERS));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor.isPresent());
        return all;
    }
}
