package org.clientportal.adapters.persistence.client;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ClientsRecord;
import org.clientportal.adapters.persistence.shared.FixedSql;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

public final class JooqClientRepository implements ClientRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    private static final FixedSql INSERT = FixedSql.of(DSL.insertInto(CLIENTS).columns(CLIENTS.fields())
            .values(FixedSql.slots(CLIENTS.fields()))
            .onConflict(CLIENTS.TENANT_ID, CLIENTS.TASK_KEY_PREFIX).doNothing());

    private static final FixedSql BY_ID = FixedSql.of(DSL.selectFrom(CLIENTS)
            .where(CLIENTS.TENANT_ID.eq(FixedSql.slot(CLIENTS.TENANT_ID)), CLIENTS.ID.eq(FixedSql.slot(CLIENTS.ID))));

    /**
     * ON CONFLICT rather than a caught unique violation, which would abort the whole transaction:
     * the caller may try the next prefix in the same one.
     */
    @Override
    public void add(Client client) {
        int inserted = INSERT.execute(ClientRows.toRecord(client).intoArray());
        if (inserted == 0) {
            throw client.taskKeyPrefix().taken();
        }
    }

    @Override
    public Optional<Client> find(TenantId tenant, ClientId id) {
        return BY_ID.query(CLIENTS, tenant.value(), id.value()).fetchOptional(ClientRows::toClient);
    }

    @Override
    public Optional<Client> findByTaskKeyPrefix(TenantId tenant, TaskKeyPrefix prefix) {
        return CurrentTransaction.dsl().selectFrom(CLIENTS)
                .where(CLIENTS.TENANT_ID.eq(tenant.value()), CLIENTS.TASK_KEY_PREFIX.eq(prefix.value()))
                .fetchOptional(ClientRows::toClient);
    }

    /**
     * {@code for no key update}: lockers still take turns, but rows that merely reference the client
     * (a task or an ask being inserted, whose foreign key takes a key-share lock) do not wait for them.
     * A contact filing a request holds the client's counter and then inserts such a row, while an
     * operator creating a task holds this lock and then waits for the counter: with {@code for update}
     * the two would deadlock.
     */
    @Override
    public Optional<Client> lock(TenantId tenant, ClientId id) {
        return CurrentTransaction.dsl().selectFrom(CLIENTS)
                .where(CLIENTS.TENANT_ID.eq(tenant.value()), CLIENTS.ID.eq(id.value()))
                .forNoKeyUpdate()
                .fetchOptional(ClientRows::toClient);
    }

    /**
     * A prefix another client holds fails the statement; the use case's transaction is lost with it,
     * which is what a refused change needs anyway.
     */
    @Override
    public void update(Client client, long expectedVersion) {
        try {
            VersionedUpdate.write(ClientRows.toRecord(client), CLIENTS.TENANT_ID, CLIENTS.ID, CLIENTS.VERSION,
                    expectedVersion, "client");
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw client.taskKeyPrefix().taken();
            }
            throw e;
        }
    }

    @Override
    public Page<Client> search(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page) {
        return keyset(page).page(searchQuery(tenant, search, page).fetch()).map(ClientRows::toClient);
    }

    /** The statement that reads one page; a test and the search benchmark ask PostgreSQL how it plans it. */
    public static ResultQuery<ClientsRecord> searchQuery(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page) {
        Condition filter = CLIENTS.TENANT_ID.eq(tenant.value())
                .and(search.statuses().isEmpty() ? DSL.noCondition()
                        : CLIENTS.STATUS.in(search.statuses().stream().map(Lifecycle::wireName).toList()))
                .and(search.text().map(ClientTextMatch::of).orElse(DSL.noCondition()));
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(CLIENTS).where(filter));
    }

    private static Keyset<ClientsRecord> keyset(PageRequest<ClientSort> page) {
        SortColumn<ClientsRecord, ?> column = switch (page.sort().field()) {
            case NAME -> SortColumn.text(CLIENTS.NAME);
            case CREATED_AT -> SortColumn.time(CLIENTS.CREATED_AT);
            case UPDATED_AT -> SortColumn.time(CLIENTS.UPDATED_AT);
        };
        return new Keyset<>(column, CLIENTS.ID, page);
    }
}
