package org.clientportal.adapters.persistence.shared;

import java.util.List;
import java.util.UUID;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectConditionStep;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * One page of a list in one documented order, by keyset: rows are ordered by (sort value, id),
 * both in the requested direction, and a cursor names the last (value, id) seen, so pages stay
 * stable while rows are inserted and each page is one index range. One extra row is fetched to
 * learn whether a next page exists.
 */
public final class Keyset<R extends Record> {

    private final SortColumn<R, ?> column;
    private final TableField<R, UUID> id;
    private final PageRequest<?> request;

    public Keyset(SortColumn<R, ?> column, TableField<R, UUID> id, PageRequest<?> request) {
        this.column = column;
        this.id = id;
        this.request = request;
    }

    /** The filtered rows after the request's position, in its order, one more than the limit. */
    public ResultQuery<R> query(SelectConditionStep<R> filtered) {
        boolean descending = request.sort().descending();
        Field<?> value = column.expression(descending);
        return filtered
                .and(request.after().map(p -> column.after(p.key(), p.id(), id, descending)).orElse(DSL.noCondition()))
                .orderBy(descending ? value.desc() : value.asc(), descending ? id.desc() : id.asc())
                .limit(request.limit() + 1);
    }

    /** The page of rows that {@link #query} fetched. */
    public Page<R> page(List<R> rows) {
        return Page.fromOverfetch(rows, request, row -> new Position(column.read(row), row.get(id)));
    }
}
