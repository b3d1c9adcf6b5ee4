package org.clientportal.adapters.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.adapters.persistence.tenant.JooqTenantRepository;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.DefaultConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

class JooqTransactionsTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final JooqTenantRepository tenants = new JooqTenantRepository();
    private JooqTransactions transactions;

    /** The adapter as the runtime role, recording every statement it runs. */
    @BeforeEach
    void recordStatements() {
        transactions = new JooqTransactions(runtimeRoleDsl());
    }

    /**
     * A new runtime-role connection for each transaction; every statement prepared on it recorded,
     * through jOOQ or not (the binding is plain JDBC).
     */
    private DSLContext runtimeRoleDsl() {
        PGSimpleDataSource recording = new PGSimpleDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return new DefaultConnection(super.getConnection()) {
                    @Override
                    public PreparedStatement prepareStatement(String sql) throws SQLException {
                        statements.add(sql);
                        return super.prepareStatement(sql);
                    }

                    @Override
                    public PreparedStatement prepareStatement(String sql, int type, int concurrency) throws SQLException {
                        statements.add(sql);
                        return super.prepareStatement(sql, type, concurrency);
                    }
                };
            }
        };
        recording.setURL(DATABASE.jdbcUrl());
        recording.setUser(DATABASE.settings().runtimeRole());
        recording.setPassword(DATABASE.settings().runtimePassword());
        return DSL.using(recording, SQLDialect.POSTGRES);
    }

    @Test
    void aDatabaseThatDoesNotAnswer_isADependencyUnavailable_notARawSqlError() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/portal");
        nowhere.setUser(DATABASE.settings().runtimeRole());
        JooqTransactions unreachable = new JooqTransactions(DSL.using(nowhere, SQLDialect.POSTGRES));

        assertThatThrownBy(() -> unreachable.inTenant(new TenantId(UUID.randomUUID()), () -> "never"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("database");
    }

    @Test
    void inTenant_firstBindsTheTransactionToTheTenant_withAStatementTimeout() {
        TenantId tenant = new TenantId(UUID.randomUUID());

        List<String> settings = transactions.inTenant(tenant, () -> List.of(
                currentSetting("portal.tenant_id"), currentSetting("portal.audience"), currentSetting("portal.client_id"),
                currentSetting("statement_timeout")));

        assertThat(settings).containsExactly(tenant.toString(), "agency", "", "5s");
        assertThat(statements.get(0)).startsWith("select set_config('portal.tenant_id', ?, true)");
    }

    @Test
    void inPortal_bindsTenantClientAndContact_forThePortalAudience() {
        PortalScope scope = new PortalScope(new TenantId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new ContactId(UUID.randomUUID()));

        List<String> settings = transactions.inPortal(scope, () -> List.of(currentSetting("portal.tenant_id"),
                currentSetting("portal.audience"), currentSetting("portal.client_id"), currentSetting("portal.contact_id")));

        assertThat(settings).containsExactly(scope.tenantId().toString(), "portal", scope.clientId().toString(),
                scope.contactId().toString());
    }

    @Test
    void aPortalTransaction_cannotJoinTheAgencysOfTheSameTenant_norTheOtherWayRound() {
        PortalScope scope = new PortalScope(new TenantId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new ContactId(UUID.randomUUID()));

        assertThatThrownBy(() -> transactions.inTenant(scope.tenantId(), () -> transactions.inPortal(scope, () -> "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in the portal");
        assertThatThrownBy(() -> transactions.inPortal(scope, () -> transactions.inTenant(scope.tenantId(), () -> "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in the portal");
        assertThat(transactions.inPortal(scope, () -> transactions.inPortal(scope, () -> "joined"))).isEqualTo("joined");
    }

    @Test
    void inClientView_bindsTheClientForThePortalAudience_withNoContact() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        ClientId client = new ClientId(UUID.randomUUID());

        List<String> settings = transactions.inClientView(tenant, client, () -> List.of(
                currentSetting("portal.tenant_id"), currentSetting("portal.audience"), currentSetting("portal.client_id"),
                currentSetting("portal.contact_id")));

        assertThat(settings).containsExactly(tenant.toString(), "portal", client.toString(), "");
    }

    @Test
    void inClientView_insideTheAgencysTransaction_narrowsItForTheWork_andWidensItAgainAfter_alsoWhenTheWorkFails() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        ClientId client = new ClientId(UUID.randomUUID());

        List<Object> seen = transactions.inTenant(tenant, () -> {
            Object outer = transactionId();
            List<String> narrowed = transactions.inClientView(tenant, client, () -> List.of(
                    currentSetting("portal.audience"), currentSetting("portal.client_id"),
                    transactions.inClientView(tenant, client, () -> currentSetting("portal.audience"))));
            Object inside = transactions.inClientView(tenant, client, JooqTransactionsTest::transactionId);
            assertThatThrownBy(() -> transactions.inClientView(tenant, client, () -> {
                throw new IllegalArgumentException("the work fails");
            })).hasMessage("the work fails");
            return List.of(outer, narrowed, inside, currentSetting("portal.audience"),
                    currentSetting("portal.client_id"));
        });

        assertThat(seen.get(1)).isEqualTo(List.of("portal", client.toString(), "portal"));
        assertThat(seen.get(2)).isEqualTo(seen.get(0));
        assertThat(seen.subList(3, 5)).containsExactly("agency", "");
    }

    @Test
    void inClientView_insideAnotherTenantsOrThePortalsTransaction_isRefused() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        ClientId client = new ClientId(UUID.randomUUID());
        PortalScope scope = new PortalScope(tenant, client, new ContactId(UUID.randomUUID()));

        assertThatThrownBy(() -> transactions.inTenant(new TenantId(UUID.randomUUID()),
                () -> transactions.inClientView(tenant, client, () -> "never")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("narrows");
        assertThatThrownBy(() -> transactions.inPortal(scope,
                () -> transactions.inClientView(tenant, client, () -> "never")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("narrows");
    }

    @Test
    void outsideTenant_bindsTheTransactionToNoTenant() {
        Object current = transactions.outsideTenant(() -> CurrentTransaction.dsl().fetchValue(
                "select portal.current_tenant()"));

        assertThat(current).isNull();
        assertThat(statements.get(0)).startsWith("select set_config('portal.tenant_id', ?, true)");
    }

    @Test
    void theTenantSetting_endsWithItsTransaction_soAReusedConnectionCarriesNoTenant() throws SQLException {
        try (Connection connection = DATABASE.connectAsRuntimeRole()) {
            DSLContext oneConnection = DSL.using(connection, SQLDialect.POSTGRES);
            new JooqTransactions(oneConnection).inTenant(new TenantId(UUID.randomUUID()), () -> "bound");

            assertThat(oneConnection.fetchValue("select portal.current_tenant()")).isNull();
        }
    }

    @Test
    void aSingleStatement_runsWithNoTransactionAroundIt_boundToNothing_andWhatItBindsEndsWithIt()
            throws SQLException {
        try (Connection connection = DATABASE.connectAsRuntimeRole()) {
            DSLContext oneConnection = DSL.using(connection, SQLDialect.POSTGRES);
            JooqTransactions onOneConnection = new JooqTransactions(oneConnection);
            TenantId tenant = new TenantId(UUID.randomUUID());

            Object bound = onOneConnection.singleStatement(() -> CurrentTransaction.dsl().fetchValue(
                    "select set_config('portal.tenant_id', ?, true)", tenant.toString()));

            assertThat(bound).isEqualTo(tenant.toString());
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(onOneConnection.singleStatement(() -> CurrentTransaction.dsl().fetchValue(
                    "select portal.current_tenant()"))).isNull();
        }
        assertThat(transactions.singleStatement(() -> CurrentTransaction.dsl().fetchValue("select 1"))).isEqualTo(1);
        assertThat(statements).containsExactly("select 1");
    }

    @Test
    void aSingleStatement_insideAnOpenTransaction_isRefused_andOneThatCannotReachTheDatabase_isUnavailable() {
        assertThatThrownBy(() -> transactions.inTenant(new TenantId(UUID.randomUUID()),
                () -> transactions.singleStatement(() -> "never")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("single statement");
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/portal");
        nowhere.setUser(DATABASE.settings().runtimeRole());
        JooqTransactions unreachable = new JooqTransactions(DSL.using(nowhere, SQLDialect.POSTGRES));

        assertThatThrownBy(() -> unreachable.singleStatement(() -> CurrentTransaction.dsl().fetchValue("select 1")))
                .isInstanceOf(DependencyUnavailable.class);
    }

    @Test
    void aNestedCallForTheSameTenant_joinsTheOpenTransaction() {
        TenantId tenant = new TenantId(UUID.randomUUID());

        List<Object> transactionIds = transactions.inTenant(tenant, () -> List.of(transactionId(),
                transactions.inTenant(tenant, JooqTransactionsTest::transactionId)));

        assertThat(transactionIds.get(1)).isEqualTo(transactionIds.get(0));
    }

    @Test
    void aNestedCallForAnotherTenantOrNone_isRefused() {
        TenantId tenant = new TenantId(UUID.randomUUID());

        assertThatThrownBy(() -> transactions.inTenant(tenant,
                () -> transactions.inTenant(new TenantId(UUID.randomUUID()), () -> "never")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot join");
        assertThatThrownBy(() -> transactions.inTenant(tenant, () -> transactions.outsideTenant(() -> "never")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRepositoryCalledOutsideAnyTransaction_isRefused() {
        assertThatThrownBy(() -> tenants.find(new TenantId(UUID.randomUUID())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no transaction");
    }

    @Test
    void anErrorRollsEverythingBack_andReachesTheCallerUnchanged() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        NotFound failure = new NotFound("client", "c-1");

        Throwable thrown = catchThrowable(() -> transactions.inTenant(tenant, () -> {
            tenants.add(new Tenant(tenant, "Doomed", new TenantSlug("doomed-" + tenant.value().toString().substring(0, 8)),
                    Instant.parse("2026-01-05T09:00:00Z")));
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(transactions.inTenant(tenant, () -> tenants.find(tenant))).isEmpty();
    }

    @Test
    void work_isCommitted_whenItReturns() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        Tenant kept = new Tenant(tenant, "Kept", new TenantSlug("kept-" + tenant.value().toString().substring(0, 8)),
                Instant.parse("2026-01-05T09:00:00Z"));

        transactions.inTenant(tenant, () -> {
            tenants.add(kept);
            return null;
        });

        assertThat(transactions.inTenant(tenant, () -> tenants.find(tenant))).contains(kept);
        assertThat(transactions.outsideTenant(() -> tenants.idForSlug(kept.slug()))).isEqualTo(Optional.of(tenant));
    }

    @Test
    void aStatementRunningPastTheTimeout_isCancelled_andAnsweredAsTheDatabaseNotAnswering() {
        JooqTransactions impatient = new JooqTransactions(runtimeRoleDsl(), Duration.ofMillis(200));
        long started = System.nanoTime();

        Throwable thrown = catchThrowable(() -> impatient.inTenant(new TenantId(UUID.randomUUID()),
                () -> CurrentTransaction.dsl().fetch("select pg_sleep(5)")));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(thrown).isInstanceOfSatisfying(DomainError.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(e.code()).isEqualTo("dependency-unavailable");
            assertThat(e.details()).containsEntry("dependency", "database");
            assertThat(e.getMessage()).isEqualTo("The database did not answer within 200 ms; try again shortly");
        });
        assertThat(thrown.getCause()).isInstanceOfSatisfying(DataAccessException.class,
                e -> assertThat(e.sqlState()).isEqualTo("57014"));
    }

    /**
     * An administrator (or a failover) ends the connection while the transaction runs: PostgreSQL
     * says so with class 57P, not 08, and the request must still be answered as the database being away.
     */
    @Test
    void aConnectionTerminatedMidTransaction_isAnsweredAsTheDatabaseNotAnswering() {
        Throwable thrown = catchThrowable(() -> transactions.inTenant(new TenantId(UUID.randomUUID()),
                () -> CurrentTransaction.dsl().fetch("select pg_terminate_backend(pg_backend_pid())")));

        assertThat(thrown).isInstanceOfSatisfying(DomainError.class, e -> {
            assertThat(e.code()).isEqualTo("dependency-unavailable");
            assertThat(e.details()).containsEntry("dependency", "database");
        });
    }

    /**
     * Two transactions lock the same two rows in opposite order: PostgreSQL aborts one of them. That
     * one runs again from the start and succeeds; the other was never disturbed.
     */
    @Test
    void theVictimOfARealDeadlock_isRunAgain_andSucceeds() throws Exception {
        TenantId tenant = tenantWithClients(2);
        List<UUID> rows = transactions.inTenant(tenant, () -> CurrentTransaction.dsl()
                .fetch("select id from portal.clients order by id").getValues(0, UUID.class));
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger forwardAttempts = new AtomicInteger();
        AtomicInteger backwardAttempts = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> forward = threads.submit(() -> transactions.inTenant(tenant, () -> renameInOrder(
                    "forward", rows, bothHoldTheirFirstRow, forwardAttempts)));
            Future<String> backward = threads.submit(() -> transactions.inTenant(tenant, () -> renameInOrder(
                    "backward", List.of(rows.get(1), rows.get(0)), bothHoldTheirFirstRow, backwardAttempts)));

            assertThat(List.of(forward.get(30, TimeUnit.SECONDS), backward.get(30, TimeUnit.SECONDS)))
                    .containsExactly("forward", "backward");
        } finally {
            threads.shutdownNow();
        }
        assertThat(List.of(forwardAttempts.get(), backwardAttempts.get())).containsExactlyInAnyOrder(1, 2);
        String victim = forwardAttempts.get() == 2 ? "forward" : "backward";
        assertThat(transactions.inTenant(tenant, () -> CurrentTransaction.dsl()
                .fetch("select name from portal.clients").getValues(0, String.class)))
                .as("the retried transaction committed last")
                .containsOnly(victim);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadlock_detected", "serialization_failure"})
    void aTransactionAbortedAgainOnItsRetry_isAConcurrentModification(String condition) {
        AtomicInteger attempts = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> transactions.inTenant(new TenantId(UUID.randomUUID()), () -> {
            attempts.incrementAndGet();
            return abortAs(condition);
        }));

        assertThat(attempts).hasValue(2);
        assertThat(thrown).isInstanceOfSatisfying(DomainError.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.code()).isEqualTo("concurrent-modification");
            assertThat(e.getMessage()).endsWith("send the request again");
        });
        assertThat(thrown.getCause()).isInstanceOf(DataAccessException.class);
    }

    /** A nested call is part of the outer transaction: only the outermost runs it again, all of it. */
    @Test
    void aNestedCallThatIsAborted_isRetriedAsPartOfTheOutermostTransaction() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> transactions.inTenant(tenant, () -> {
            outer.incrementAndGet();
            return transactions.inTenant(tenant, () -> {
                inner.incrementAndGet();
                return abortAs("serialization_failure");
            });
        }));

        assertThat(thrown).isInstanceOf(DomainError.class);
        assertThat(List.of(outer.get(), inner.get())).containsExactly(2, 2);
    }

    @Test
    void anyOtherSqlError_isNotRetried_andReachesTheCallerAsItIs() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> transactions.inTenant(new TenantId(UUID.randomUUID()), () -> {
            attempts.incrementAndGet();
            return CurrentTransaction.dsl().fetch("select 1 / 0");
        }));

        assertThat(attempts).hasValue(1);
        assertThat(thrown).isInstanceOfSatisfying(DataAccessException.class,
                e -> assertThat(e.sqlState()).isEqualTo("22012"));
    }

    /** Renames each row in turn; on the first attempt only, waits after the first until the other thread holds its own. */
    private static String renameInOrder(String name, List<UUID> rows, CyclicBarrier barrier, AtomicInteger attempts) {
        boolean firstAttempt = attempts.incrementAndGet() == 1;
        CurrentTransaction.dsl().execute("update portal.clients set name = ? where id = ?", name, rows.get(0));
        if (firstAttempt) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the other transaction never took its first row", e);
            }
        }
        CurrentTransaction.dsl().execute("update portal.clients set name = ? where id = ?", name, rows.get(1));
        return name;
    }

    /** PostgreSQL itself aborts the statement with that condition, as it would a real deadlock or serialization failure. */
    private static int abortAs(String condition) {
        return CurrentTransaction.dsl().execute("do $$ begin raise exception 'aborted for the test' using errcode = '"
                + condition + "'; end $$");
    }

    private TenantId tenantWithClients(int count) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        return transactions.inTenant(tenant, () -> {
            tenants.add(new Tenant(tenant, "Busy", new TenantSlug("busy-" + tenant.value().toString().substring(0, 8)),
                    Instant.parse("2026-01-05T09:00:00Z")));
            for (int i = 0; i < count; i++) {
                CurrentTransaction.dsl().execute("insert into portal.clients (tenant_id, id, name, task_key_prefix,"
                        + " status, source, version, created_at, updated_at, status_changed_at)"
                        + " values (?, ?, 'Client', ?, 'lead', 'manual', 1, now(), now(), now())",
                        tenant.value(), UUID.randomUUID(), "CLIENT" + (i + 1));
            }
            return tenant;
        });
    }

    private static String currentSetting(String name) {
        return CurrentTransaction.dsl().fetchValue(DSL.field("current_setting({0})", String.class, DSL.inline(name)));
    }

    private static Object transactionId() {
        return CurrentTransaction.dsl().fetchValue("select txid_current()");
    }
}
