package org.clientportal.adapters.persistence.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.testing.RaceAgency;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.capacity.BudgetCommand;
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.application.capacity.DayTotal;
import org.clientportal.application.capacity.LogTimeCommand;
import org.clientportal.application.capacity.PeriodUse;
import org.clientportal.application.capacity.TimeEntrySearch;
import org.clientportal.application.capacity.TimeEntrySort;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Five operators log time for one client at once, on five days of one month, each entry written
 * before any of them counts the budget: together they take the month to 80 % and then to 100 %.
 * Each crossing must be raised exactly once. Without the budgets' lock each transaction would count
 * only its own minutes among the uncommitted ones, and no crossing would be raised at all.
 */
class CapacityCrossingRaceTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final int WRITERS = 5;
    private static final Duration MEET_WITHIN = Duration.ofMillis(1500);

    private final PostgresPersistence db = DATABASE.persistence();
    private final FixedClock clock = new FixedClock();
    private final CyclicBarrier allWritten = new CyclicBarrier(WRITERS);
    private final AuditRecorder audit = new AuditRecorder(db.auditTrail(), UUID::randomUUID, clock);
    private final CapacityFeature capacity = CapacityFeature.wire(new CapacityFeature.Ports(db.transactions(),
            db.clients(), db.projects(), db.tasks(), db.operators(), new MeetAfterWriting(db.timeEntries(), allWritten),
            db.budgets(), UUID::randomUUID, clock), audit, new Notifications(db.outbox(), UUID::randomUUID, clock));

    @RepeatedTest(3)
    void entriesLoggedAtOnce_raiseEachCrossingOfTheirPeriod_exactlyOnce() throws Exception {
        Actor owner = RaceAgency.register(db);
        ClientId client = newClient(owner.tenantId());
        // 8 hours: 5 × 96 minutes is 480, the 4th entry reaches 80 % (384), the 5th 100 %.
        capacity.setBudget().execute(owner, client.toString(), new BudgetCommand(new BigDecimal("8"), "month",
                "2026-01-01", null, false));
        allWritten.reset();

        List<CompletableFuture<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Actor operator = new Actor(owner.tenantId(), new Principal.Operator(new OperatorId(UUID.randomUUID()),
                    Role.MEMBER), "req-race-" + i);
            // Each on a day of its own: entries of one day would take turns at that day's total anyway.
            String day = "2026-01-0" + (i + 1);
            writers.add(CompletableFuture.runAsync(() -> capacity.logTime().execute(operator, new LogTimeCommand(
                    client.toString(), null, null, 96L, day, null, null, null))));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        PeriodUse january = capacity.getCapacity().execute(owner, client.toString(), null, null).budgets().get(0)
                .periods().get(0);
        assertThat(january.used().minutes()).isEqualTo(480);
        assertThat(january.warningRaisedAt()).isPresent();
        assertThat(january.exceededRaisedAt()).isPresent();
        assertThat(crossingEvents(owner.tenantId())).containsExactlyInAnyOrder("capacity.warning", "capacity.exceeded");
    }

    private List<String> crossingEvents(TenantId tenant) throws Exception {
        try (var connection = DATABASE.connectAsAdmin();
             var select = connection.prepareStatement("select action from portal.audit_events"
                     + " where tenant_id = ? and action like 'capacity.%'")) {
            select.setObject(1, tenant.value());
            List<String> actions = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            return actions;
        }
    }

    private ClientId newClient(TenantId tenant) {
        Client client = Client.create(new ClientId(UUID.randomUUID()), tenant, new ClientProfile("Racing",
                        Optional.empty(), Optional.empty(), Optional.empty()),
                new TaskKeyPrefix("RACE"), ClientSource.MANUAL, Optional.empty(), clock.now());
        db.transactions().inTenant(tenant, () -> {
            db.clients().add(client);
            return null;
        });
        return client.id();
    }

    /** The real repository, whose {@code add} waits (briefly) until every writer has written its entry. */
    private static final class MeetAfterWriting implements TimeEntryRepository {

        private final TimeEntryRepository real;
        private final CyclicBarrier barrier;

        MeetAfterWriting(TimeEntryRepository real, CyclicBarrier barrier) {
            this.real = real;
            this.barrier = barrier;
        }

        @Override
        public void add(TimeEntry entry) {
            real.add(entry);
            try {
                barrier.await(MEET_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Another writer could not arrive in time (no connection free): the race is weaker, not wrong.
            }
        }

        @Override
        public Optional<TimeEntry> find(TenantId tenant, TimeEntryId id) {
            return real.find(tenant, id);
        }

        @Override
        public void update(TimeEntry entry, long expectedVersion) {
            real.update(entry, expectedVersion);
        }

        @Override
        public void remove(TimeEntry entry, long expectedVersion) {
            real.remove(entry, expectedVersion);
        }

        @Override
        public Page<TimeEntry> search(TenantId tenant, TimeEntrySearch search, PageRequest<TimeEntrySort> page) {
            return real.search(tenant, search, page);
        }

        @Override
        public List<DayTotal> dailyTotals(TenantId tenant, ClientId client, LocalDate from, LocalDate to) {
            return real.dailyTotals(tenant, client, from, to);
        }
    }
}
