package org.clientportal.adapters.persistence.client;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;

import java.util.Optional;
import org.clientportal.adapters.persistence.shared.NewestFirst;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
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
    public Page<Client> search(TenantId tenant, ClientSearch search, PageRequest page) {
        Condition filter = CLIENTS.TENANT_ID.eq(tenant.value())
                .and(search.statuses().isEmpty() ? DSL.noCondition()
                        : CLIENTS.STATUS.in(search.statuses().stream().map(Lifecycle::wireName).toList()))
                .and(search.text().map(ClientTextMatch::of).orElse(DSL.noCondition()));
        return NewestFirst.page(CurrentTransaction.dsl().selectFrom(CLIENTS).where(filter), CLIENTS.ID, page)
                .map(ClientRows::toClient);
    }
}
