package org.clientportal.adapters.persistence.client;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ClientsRecord;
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
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

public final class JooqClientRepository implements ClientRepository {

    @Override
    public void add(Client client) {
        CurrentTransaction.dsl().insertInto(CLIENTS).set(ClientRows.toRecord(client)).execute();
    }

    @Override
    public Optional<Client> find(TenantId tenant, ClientId id) {
        return CurrentTransaction.dsl().selectFrom(CLIENTS)
                .where(CLIENTS.TENANT_ID.eq(tenant.value()), CLIENTS.ID.eq(id.value()))
                .fetchOptional(ClientRows::toClient);
    }

    @Override
    public Optional<Client> lock(TenantId tenant, ClientId id) {
        return CurrentTransaction.dsl().selectFrom(CLIENTS)
                .where(CLIENTS.TENANT_ID.eq(tenant.value()), CLIENTS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional(ClientRows::toClient);
    }

    @Override
    public void update(Client client, long expectedVersion) {
        VersionedUpdate.write(ClientRows.toRecord(client), CLIENTS.TENANT_ID, CLIENTS.ID, CLIENTS.VERSION,
                expectedVersion, "client");
    }

    @Override
    public Page<Client> search(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page) {
        return keyset(page).page(searchQuery(tenant, search, page).fetch()).map(ClientRows::toClient);
    }

    /** The statement that reads one page; a test asks PostgreSQL how it plans it. */
    static ResultQuery<ClientsRecord> searchQuery(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page) {
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
