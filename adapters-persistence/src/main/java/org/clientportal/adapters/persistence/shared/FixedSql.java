package org.clientportal.adapters.persistence.shared;

import java.util.Arrays;
import java.util.List;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A statement of one fixed shape that runs on every request of its kind, rendered by jOOQ once
 * rather than on every execution: rendering the query tree was the largest cost of reading a
 * client by its key. The shape is built as usual with a {@link #slot} wherever a value goes; each
 * execution binds its values, in the order of the slots, to the SQL kept.
 */
public final class FixedSql {

    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES);

    private final String sql;

    private FixedSql(String sql) {
        this.sql = sql;
    }

    public static FixedSql of(Query shape) {
        return new FixedSql(RENDERER.render(shape));
    }

    /** Where a value goes, typed as the field it is compared with or stored in. */
    public static <T> Param<T> slot(Field<T> field) {
        return DSL.param(field.getName(), field.getDataType());
    }

    /** A slot for each field, in order: the values of an insert of these columns. */
    public static List<Param<?>> slots(Field<?>... fields) {
        return Arrays.stream(fields).<Param<?>>map(FixedSql::slot).toList();
    }

    /** The statement's rows, read as records of the table it selects from, on the current transaction. */
    public <R extends Record> ResultQuery<R> query(Table<R> table, Object... values) {
        return CurrentTransaction.dsl().resultQuery(sql, values).coerce(table);
    }

    /** Runs the statement on the current transaction; the rows it changed. */
    public int execute(Object... values) {
        return CurrentTransaction.dsl().execute(sql, values);
    }

    /** The SQL kept. */
    @Override
    public String toString() {
        return sql;
    }
}
