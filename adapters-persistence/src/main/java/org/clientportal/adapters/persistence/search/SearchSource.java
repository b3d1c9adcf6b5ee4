package org.clientportal.adapters.persistence.search;

import static org.clientportal.adapters.persistence.generated.Tables.ASKS;
import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_UPDATES;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_COMMENTS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.clientportal.adapters.persistence.shared.SharedProject;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchType;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Visibility;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * One searchable table: its generated {@code search} column (V16__search.sql), the fields a hit
 * shows, the text its snippet is cut from (everything the column indexes), and what of it a client's
 * contacts may find — on top of what the table's row-level security already admits for them.
 * A table whose records the portal never finds has no portal condition.
 */
record SearchSource(SearchType type, Table<?> table, Field<UUID> tenantId, Field<UUID> id, Field<String> key,
                    Field<String> title, Field<String> text, Optional<Function<ClientId, Condition>> portal) {

    private static final Field<String> LINE = DSL.inline("\n");
    private static final String CLIENT = Lifecycle.wireName(Visibility.CLIENT);

    /** Every searchable table; a new one is one entry here (and its column in a migration). */
    static final List<SearchSource> ALL = List.of(
            new SearchSource(SearchType.CLIENT, CLIENTS, CLIENTS.TENANT_ID, CLIENTS.ID, noKey(), CLIENTS.NAME,
                    lines(CLIENTS.NAME, CLIENTS.COMPANY, CLIENTS.EMAIL), Optional.empty()),
            new SearchSource(SearchType.PROJECT, PROJECTS, PROJECTS.TENANT_ID, PROJECTS.ID, noKey(), PROJECTS.NAME,
                    lines(PROJECTS.NAME, PROJECTS.DESCRIPTION),
                    Optional.of(client -> PROJECTS.CLIENT_ID.eq(client.value()).and(PROJECTS.VISIBILITY.eq(CLIENT)))),
            new SearchSource(SearchType.TASK, TASKS, TASKS.TENANT_ID, TASKS.ID, TASKS.KEY, TASKS.TITLE,
                    lines(TASKS.KEY.concat(DSL.inline(" "), TASKS.TITLE), TASKS.DESCRIPTION),
                    Optional.of(client -> TASKS.CLIENT_ID.eq(client.value()).and(TASKS.VISIBILITY.eq(CLIENT))
                            .and(SharedProject.of(TASKS.TENANT_ID, TASKS.PROJECT_ID, client.value())))),
            new SearchSource(SearchType.UPDATE, PROJECT_UPDATES, PROJECT_UPDATES.TENANT_ID, PROJECT_UPDATES.ID, noKey(),
                    DSL.left(DSL.splitPart(PROJECT_UPDATES.BODY, LINE, DSL.inline(1)), DSL.inline(SearchHit.TITLE_MAX)),
                    PROJECT_UPDATES.BODY,
                    Optional.of(client -> PROJECT_UPDATES.CLIENT_ID.eq(client.value())
                            .and(PROJECT_UPDATES.VISIBILITY.eq(CLIENT))
                            .and(SharedProject.of(PROJECT_UPDATES.TENANT_ID, PROJECT_UPDATES.PROJECT_ID,
                                    client.value())))),
            new SearchSource(SearchType.COMMENT, TASK_COMMENTS, TASK_COMMENTS.TENANT_ID, TASK_COMMENTS.ID,
                    DSL.field(DSL.select(TASKS.KEY).from(TASKS).where(TASKS.TENANT_ID.eq(TASK_COMMENTS.TENANT_ID),
                            TASKS.ID.eq(TASK_COMMENTS.TASK_ID))),
                    DSL.left(DSL.splitPart(TASK_COMMENTS.BODY, LINE, DSL.inline(1)), DSL.inline(SearchHit.TITLE_MAX)),
                    TASK_COMMENTS.BODY,
                    Optional.of(client -> TASK_COMMENTS.CLIENT_ID.eq(client.value())
                            .and(TASK_COMMENTS.VISIBILITY.eq(CLIENT))
                            .and(DSL.exists(DSL.selectOne().from(TASKS).where(TASKS.TENANT_ID.eq(TASK_COMMENTS.TENANT_ID),
                                    TASKS.ID.eq(TASK_COMMENTS.TASK_ID), TASKS.VISIBILITY.eq(CLIENT),
                                    SharedProject.of(TASKS.TENANT_ID, TASKS.PROJECT_ID, client.value())))))),
            new SearchSource(SearchType.ASK, ASKS, ASKS.TENANT_ID, ASKS.ID, ASKS.KEY, ASKS.TITLE,
                    lines(ASKS.KEY.concat(DSL.inline(" "), ASKS.TITLE), ASKS.DESCRIPTION),
                    Optional.of(client -> ASKS.CLIENT_ID.eq(client.value()).and(ASKS.VISIBILITY.eq(CLIENT)))));

    /** The table's generated tsvector column, which jOOQ's classes leave out. */
    Field<Object> searchColumn() {
        return DSL.field(table.getQualifiedName().append("search"));
    }

    private static Field<String> noKey() {
        return DSL.inline(null, SQLDataType.CLOB);
    }

    private static Field<String> lines(Field<?>... fields) {
        return DSL.field("concat_ws({0}, {1})", SQLDataType.CLOB, LINE, DSL.list(fields));
    }
}
