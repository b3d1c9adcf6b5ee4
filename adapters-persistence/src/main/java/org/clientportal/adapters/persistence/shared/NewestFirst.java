package org.clientportal.adapters.persistence.shared;

import java.util.UUID;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Lists ordered by time-ordered id, newest first, paged by keyset: a cursor names the last id
 * seen, so pages stay stable while rows are inserted. One extra row is fetched to learn whether
 * a next page exists.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    public static <R extends Record> Page<R> page(SelectConditionStep<R> filtered, TableField<R, UUID> id,
                                                  PageRequest request) {
        var rows = filtered
                .and(request.cursor().map(cursor -> id.lt(cursor.after())).orElse(DSL.noCondition()))
                .orderBy(id.desc())
                .limit(request.limit() + 1)
                .fetch();
        return Page.fromOverfetch(rows, request.limit(), row -> row.get(id));
    }
}
