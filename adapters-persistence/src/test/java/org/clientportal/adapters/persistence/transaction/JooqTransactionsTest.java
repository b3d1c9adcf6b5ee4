package org.clientportal.adapters.persistence.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clientportal.adapters.persistence.tenant.JooqTenantRepository;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

class JooqTransactionsTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final JooqTenantRepository tenants = new JooqTenantRepository();
    private JooqTransactions transactions;

    /** The adapter over a single runtime-role connection at a time, recording every statement it runs. */
    @BeforeEach
    void recordStatements() {
        PGSimpleDataSource runtimeRole = new PGSimpleDataSource();
        runtimeRole.setURL(DATABASE.jdbcUrl());
        runtimeRole.setUser(DATABASE.settings().runtimeRole());
        runtimeRole.setPassword(DATABASE.settings().runtimePassword());
        transactions = new JooqTransactions(DSL.using(new DefaultConfiguration()
                .set(runtimeRole)
                .set(SQLDialect.POSTGRES)
                .set(ExecuteListener.onExecuteStart(context -> statements.add(context.sql())))));
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
                currentSetting("portal.tenant_id"), currentSetting("statement_timeout")));

        assertThat(settings).containsExactly(tenant.toString(), "5s");
        assertThat(statements.get(0)).startsWith("select set_config('portal.tenant_id', ?, true)");
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

    private static String currentSetting(String name) {
        return CurrentTransaction.dsl().fetchValue(DSL.field("current_setting({0})", String.class, DSL.inline(name)));
    }

    private static Object transactionId() {
        return CurrentTransaction.dsl().fetchValue("select txid_current()");
    }
}
