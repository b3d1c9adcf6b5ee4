package org.clientportal.adapters.persistence.feed;

import static org.clientportal.adapters.persistence.generated.Tables.MILESTONES;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_UPDATES;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_COMMENTS;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_STATUS_CHANGES;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.shared.SharedProject;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.PortalFeed;
import org.clientportal.application.portal.FeedEntry;
import org.clientportal.application.portal.FeedSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The feed as one query: four selects, one per kind of entry, each filtered to what the client
 * may see (the portal's policies filter the same rows again), unioned and paged by (time, id). A
 * milestone has no id of its own; it gets a stable one from its project and key.
 */
public final class JooqPortalFeed implements PortalFeed {

    private static final String CLIENT = "client";

    private static final Field<String> KIND = DSL.field(DSL.name("kind"), SQLDataType.VARCHAR);
    private static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);
    private static final Field<Instant> AT = DSL.field(DSL.name("at"), SQLDataType.INSTANT);
    private static final Field<UUID> PROJECT = DSL.field(DSL.name("project_id"), SQLDataType.UUID);
    private static final Field<String> SUBJECT = DSL.field(DSL.name("subject"), SQLDataType.VARCHAR);
    private static final Field<String> TEXT = DSL.field(DSL.name("text"), SQLDataType.VARCHAR);
    private static final Field<String> FROM = DSL.field(DSL.name("from_status"), SQLDataType.VARCHAR);
    private static final Field<String> TO = DSL.field(DSL.name("to_status"), SQLDataType.VARCHAR);
    private static final Field<String> NONE = DSL.castNull(SQLDataType.VARCHAR);

    @Override
    public Page<FeedEntry> of(TenantId tenant, ClientId client, PageRequest<FeedSort> page) {
        Table<?> feed = entries(tenant.value(), client.value()).asTable("feed");
        boolean descending = page.sort().descending();
        Condition after = page.after().map(p -> {
            Instant at = ((SortValue.Time) p.key()).value();
            return descending ? DSL.row(AT, ID).lt(at, p.id()) : DSL.row(AT, ID).gt(at, p.id());
        }).orElse(DSL.noCondition());
        var rows = CurrentTransaction.dsl().select(KIND, ID, AT, PROJECT, SUBJECT, TEXT, FROM, TO).from(feed)
                .where(after)
                .orderBy(descending ? AT.desc() : AT.asc(), descending ? ID.desc() : ID.asc())
                .limit(page.limit() + 1)
                .fetch(JooqPortalFeed::toEntry);
        return Page.fromOverfetch(rows, page, e -> new Position(new SortValue.Time(e.at()), e.id()));
    }

    private static Select<? extends Record> entries(UUID tenant, UUID client) {
        var dsl = CurrentTransaction.dsl();
        var updates = dsl.select(DSL.inline("update").as(KIND), PROJECT_UPDATES.ID.as(ID),
                        PROJECT_UPDATES.CREATED_AT.as(AT), PROJECT_UPDATES.PROJECT_ID.as(PROJECT), NONE.as(SUBJECT),
                        PROJECT_UPDATES.BODY.as(TEXT), NONE.as(FROM), NONE.as(TO))
                .from(PROJECT_UPDATES)
                .where(PROJECT_UPDATES.TENANT_ID.eq(tenant), PROJECT_UPDATES.CLIENT_ID.eq(client),
                        PROJECT_UPDATES.VISIBILITY.eq(CLIENT),
                        SharedProject.of(PROJECT_UPDATES.TENANT_ID, PROJECT_UPDATES.PROJECT_ID, client));
        var comments = dsl.select(DSL.inline("comment").as(KIND), TASK_COMMENTS.ID.as(ID),
                        TASK_COMMENTS.CREATED_AT.as(AT), TASKS.PROJECT_ID.as(PROJECT), TASKS.KEY.as(SUBJECT),
                        TASK_COMMENTS.BODY.as(TEXT), NONE.as(FROM), NONE.as(TO))
                .from(TASK_COMMENTS).join(TASKS)
                .on(TASKS.TENANT_ID.eq(TASK_COMMENTS.TENANT_ID), TASKS.ID.eq(TASK_COMMENTS.TASK_ID))
                .where(TASK_COMMENTS.TENANT_ID.eq(tenant), TASK_COMMENTS.CLIENT_ID.eq(client),
                        TASK_COMMENTS.VISIBILITY.eq(CLIENT), TASKS.VISIBILITY.eq(CLIENT),
                        SharedProject.of(TASKS.TENANT_ID, TASKS.PROJECT_ID, client));
        var moves = dsl.select(DSL.inline("task-status").as(KIND), TASK_STATUS_CHANGES.ID.as(ID),
                        TASK_STATUS_CHANGES.AT.as(AT), TASKS.PROJECT_ID.as(PROJECT), TASKS.KEY.as(SUBJECT),
                        TASKS.TITLE.as(TEXT), TASK_STATUS_CHANGES.FROM_STATUS.as(FROM),
                        TASK_STATUS_CHANGES.TO_STATUS.as(TO))
                .from(TASK_STATUS_CHANGES).join(TASKS)
                .on(TASKS.TENANT_ID.eq(TASK_STATUS_CHANGES.TENANT_ID), TASKS.ID.eq(TASK_STATUS_CHANGES.TASK_ID))
                .where(TASK_STATUS_CHANGES.TENANT_ID.eq(tenant), TASK_STATUS_CHANGES.CLIENT_ID.eq(client),
                        TASKS.VISIBILITY.eq(CLIENT), SharedProject.of(TASKS.TENANT_ID, TASKS.PROJECT_ID, client));
        var milestones = dsl.select(DSL.inline("milestone").as(KIND),
                        DSL.field("md5({0}::text || '/' || {1})::uuid", SQLDataType.UUID, MILESTONES.PROJECT_ID,
                                MILESTONES.KEY).as(ID),
                        MILESTONES.COMPLETED_AT.as(AT), MILESTONES.PROJECT_ID.as(PROJECT), MILESTONES.KEY.as(SUBJECT),
                        MILESTONES.TITLE.as(TEXT), NONE.as(FROM), NONE.as(TO))
                .from(MILESTONES).join(PROJECTS)
                .on(PROJECTS.TENANT_ID.eq(MILESTONES.TENANT_ID), PROJECTS.ID.eq(MILESTONES.PROJECT_ID))
                .where(MILESTONES.TENANT_ID.eq(tenant), PROJECTS.CLIENT_ID.eq(client), PROJECTS.VISIBILITY.eq(CLIENT),
                        MILESTONES.VISIBILITY.eq(CLIENT), MILESTONES.COMPLETED_AT.isNotNull());
        return updates.unionAll(comments).unionAll(moves).unionAll(milestones);
    }

    private static FeedEntry toEntry(Record row) {
        FeedEntry.Kind kind = switch (row.get(KIND)) {
            case "update" -> FeedEntry.Kind.UPDATE;
            case "comment" -> FeedEntry.Kind.COMMENT;
            case "task-status" -> FeedEntry.Kind.TASK_STATUS;
            default -> FeedEntry.Kind.MILESTONE;
        };
        return new FeedEntry(kind, row.get(ID), row.get(AT), new ProjectId(row.get(PROJECT)),
                Optional.ofNullable(row.get(SUBJECT)), row.get(TEXT), Optional.ofNullable(row.get(FROM)),
                Optional.ofNullable(row.get(TO)));
    }
}
