package org.clientportal.adapters.persistence.ask;

import static org.clientportal.adapters.persistence.generated.Tables.ASKS;
import static org.clientportal.adapters.persistence.generated.Tables.ASK_REPLIES;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.generated.tables.records.AsksRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.ask.AskSearch;
import org.clientportal.application.ask.AskSort;
import org.clientportal.application.ask.RequestRef;
import org.clientportal.application.ask.RequestSort;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskSource;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Asks and their replies (V19__client_requests_and_asks.sql). The client's requests are one
 * UNION ALL of its task requests and its asks, each filtered as the portal sees it (the portal's
 * policies filter the same rows again), paged by (time, id).
 */
public final class JooqAskRepository implements AskRepository {

    private static final String CLIENT = Lifecycle.wireName(Visibility.CLIENT);
    private static final Field<String> TYPE = DSL.field(DSL.name("type"), SQLDataType.VARCHAR);
    private static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);
    private static final Field<String> KEY = DSL.field(DSL.name("key"), SQLDataType.VARCHAR);
    private static final Field<Instant> AT = DSL.field(DSL.name("created_at"), SQLDataType.INSTANT);

    @Override
    public void add(Ask ask) {
        int inserted = CurrentTransaction.dsl().insertInto(ASKS).set(AskRows.toRecord(ask))
                .onConflict(ASKS.TENANT_ID, ASKS.KEY).doNothing()
                .execute();
        if (inserted == 0) {
            throw new AlreadyExists("ask.key-taken", "An ask with the key " + ask.key() + " exists");
        }
    }

    @Override
    public Optional<Ask> find(TenantId tenant, TaskKey key) {
        return CurrentTransaction.dsl().selectFrom(ASKS)
                .where(ASKS.TENANT_ID.eq(tenant.value()), ASKS.KEY.eq(key.value()))
                .fetchOptional(AskRows::toAsk);
    }

    @Override
    public List<Ask> findAll(TenantId tenant, Collection<TaskKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return CurrentTransaction.dsl().selectFrom(ASKS)
                .where(ASKS.TENANT_ID.eq(tenant.value()), ASKS.KEY.in(keys.stream().map(TaskKey::value).toList()))
                .fetch(AskRows::toAsk);
    }

    @Override
    public Optional<Ask> find(TenantId tenant, AskId id) {
        return CurrentTransaction.dsl().selectFrom(ASKS)
                .where(ASKS.TENANT_ID.eq(tenant.value()), ASKS.ID.eq(id.value()))
                .fetchOptional(AskRows::toAsk);
    }

    @Override
    public void update(Ask ask, long expectedVersion) {
        VersionedUpdate.write(AskRows.toRecord(ask), ASKS.TENANT_ID, ASKS.ID, ASKS.VERSION, expectedVersion, "ask");
    }

    @Override
    public Page<Ask> search(TenantId tenant, AskSearch search, PageRequest<AskSort> page) {
        Keyset<AsksRecord> keyset = new Keyset<>(SortColumn.time(ASKS.CREATED_AT), ASKS.ID, page);
        String unclassified = Lifecycle.wireName(AskClassification.UNCLASSIFIED);
        Condition filter = ASKS.TENANT_ID.eq(tenant.value())
                .and(search.classified().map(classified -> classified ? ASKS.CLASSIFICATION.ne(unclassified)
                        : ASKS.CLASSIFICATION.eq(unclassified)).orElse(DSL.noCondition()))
                .and(search.clientId().map(c -> ASKS.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()));
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(ASKS).where(filter)).fetch())
                .map(AskRows::toAsk);
    }

    @Override
    public void addReply(AskReply reply) {
        CurrentTransaction.dsl().insertInto(ASK_REPLIES).set(AskRows.toRecord(reply)).execute();
    }

    @Override
    public List<AskReply> replies(TenantId tenant, AskId ask) {
        return repliesOf(tenant, List.of(ask)).getOrDefault(ask, List.of());
    }

    /** By the ask's index, one array parameter for all the asks. */
    @Override
    public Map<AskId, List<AskReply>> repliesOf(TenantId tenant, Collection<AskId> asks) {
        Map<AskId, List<AskReply>> found = new LinkedHashMap<>();
        if (asks.isEmpty()) {
            return found;
        }
        CurrentTransaction.dsl().selectFrom(ASK_REPLIES)
                .where(ASK_REPLIES.TENANT_ID.eq(tenant.value()),
                        ASK_REPLIES.ASK_ID.eq(DSL.any(asks.stream().map(AskId::value).toArray(UUID[]::new))))
                .orderBy(ASK_REPLIES.CREATED_AT, ASK_REPLIES.ID)
                .fetch(AskRows::toReply)
                .forEach(reply -> found.computeIfAbsent(reply.askId(), k -> new ArrayList<>()).add(reply));
        return found;
    }

    @Override
    public Page<RequestRef> requestsOf(TenantId tenant, ClientId client, PageRequest<RequestSort> page) {
        var dsl = CurrentTransaction.dsl();
        var taskRequests = dsl.select(DSL.inline("task").as(TYPE), TASKS.ID.as(ID), TASKS.KEY.as(KEY),
                        TASKS.CREATED_AT.as(AT))
                .from(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.CLIENT_ID.eq(client.value()),
                        TASKS.SOURCE.eq(Lifecycle.wireName(TaskSource.PORTAL)), TASKS.VISIBILITY.eq(CLIENT),
                        DSL.exists(DSL.selectOne().from(PROJECTS).where(PROJECTS.TENANT_ID.eq(TASKS.TENANT_ID),
                                PROJECTS.ID.eq(TASKS.PROJECT_ID), PROJECTS.VISIBILITY.eq(CLIENT))));
        var filed = dsl.select(DSL.inline("ask").as(TYPE), ASKS.ID.as(ID), ASKS.KEY.as(KEY), ASKS.CREATED_AT.as(AT))
                .from(ASKS)
                .where(ASKS.TENANT_ID.eq(tenant.value()), ASKS.CLIENT_ID.eq(client.value()), ASKS.VISIBILITY.eq(CLIENT));
        Table<Record4<String, UUID, String, Instant>> requests = taskRequests.unionAll(filed).asTable("requests");
        boolean descending = page.sort().descending();
        Condition after = page.after().map(p -> {
            Instant at = ((SortValue.Time) p.key()).value();
            return descending ? DSL.row(AT, ID).lt(at, p.id()) : DSL.row(AT, ID).gt(at, p.id());
        }).orElse(DSL.noCondition());
        List<RequestRef> rows = dsl.select(TYPE, ID, KEY, AT).from(requests)
                .where(after)
                .orderBy(descending ? AT.desc() : AT.asc(), descending ? ID.desc() : ID.asc())
                .limit(page.limit() + 1)
                .fetch(row -> new RequestRef(row.value1().equals("task") ? RequestRef.Type.TASK : RequestRef.Type.ASK,
                        row.value2(), new TaskKey(row.value3()), row.value4()));
        return Page.fromOverfetch(rows, page, RequestRef::position);
    }
}
