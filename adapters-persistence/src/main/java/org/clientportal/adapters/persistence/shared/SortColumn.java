package org.clientportal.adapters.persistence.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.clientportal.application.shared.SortValue;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * How one sort field of a table orders in SQL: the expression rows are ordered and compared by
 * (the one its index is built on, see V10__list_orders.sql), how a cursor's value is bound as the
 * same expression, and how a row's value is read back into a cursor.
 */
public final class SortColumn<R extends Record, T> {

    private static final Field<LocalDate> INFINITY = DSL.field("'infinity'::date", SQLDataType.LOCALDATE);
    private static final Field<LocalDate> MINUS_INFINITY = DSL.field("'-infinity'::date", SQLDataType.LOCALDATE);

    /** The ordering expression of the column, in one direction. */
    private interface Expression<T> {
        Field<T> of(boolean descending);
    }

    /** A cursor's value as the ordering expression, in one direction. */
    private interface Bound<T> {
        Field<T> of(SortValue value, boolean descending);
    }

    private final Expression<T> expression;
    private final Bound<T> bound;
    private final Function<R, SortValue> read;

    private SortColumn(Expression<T> expression, Bound<T> bound, Function<R, SortValue> read) {
        this.expression = expression;
        this.bound = bound;
        this.read = read;
    }

    /**
     * Text as {@code lower(text COLLATE "C")}: only A-Z fold, then code point order, whatever the
     * database's locale. The cursor keeps the text as stored; both sides are folded in SQL.
     */
    public static <R extends Record> SortColumn<R, String> text(TableField<R, String> column) {
        return new SortColumn<>(descending -> folded(column),
                (value, descending) -> folded(DSL.val(((SortValue.Text) value).value())),
                row -> new SortValue.Text(row.get(column)));
    }

    public static <R extends Record> SortColumn<R, Instant> time(TableField<R, Instant> column) {
        return new SortColumn<>(descending -> column,
                (value, descending) -> DSL.val(((SortValue.Time) value).value(), column.getDataType()),
                row -> new SortValue.Time(row.get(column)));
    }

    /**
     * A nullable date whose missing values come last in both directions: ascending orders by
     * {@code coalesce(date, 'infinity')}, descending by {@code coalesce(date, '-infinity')}, so the
     * keyset comparison never meets a null.
     */
    public static <R extends Record> SortColumn<R, LocalDate> optionalDate(TableField<R, LocalDate> column) {
        return new SortColumn<>(descending -> DSL.coalesce(column, missing(descending)), dateBound(column),
                row -> new SortValue.Date(Optional.ofNullable(row.get(column))));
    }

    /**
     * A date the column always holds (not null): ordered by the column itself, so an index on it
     * serves the order. Its cursors are those of {@link #optionalDate}, always with a date.
     */
    public static <R extends Record> SortColumn<R, LocalDate> date(TableField<R, LocalDate> column) {
        return new SortColumn<>(descending -> column, dateBound(column),
                row -> new SortValue.Date(Optional.of(row.get(column))));
    }

    private static Bound<LocalDate> dateBound(TableField<?, LocalDate> column) {
        return (value, descending) -> ((SortValue.Date) value).value()
                .<Field<LocalDate>>map(date -> DSL.val(date, column.getDataType()))
                .orElse(missing(descending));
    }

    Field<T> expression(boolean descending) {
        return expression.of(descending);
    }

    /** Rows that come after the position in the order: {@code (value, id) > (v, i)}, or {@code <} descending. */
    Condition after(SortValue value, UUID id, TableField<R, UUID> idColumn, boolean descending) {
        var row = DSL.row(expression(descending), idColumn);
        Field<T> boundValue = bound.of(value, descending);
        Field<UUID> boundId = DSL.val(id, idColumn.getDataType());
        return descending ? row.lt(boundValue, boundId) : row.gt(boundValue, boundId);
    }

    SortValue read(R row) {
        return read.apply(row);
    }

    private static Field<String> folded(Field<String> text) {
        return DSL.lower(text.collate("C"));
    }

    private static Field<LocalDate> missing(boolean descending) {
        return descending ? MINUS_INFINITY : INFINITY;
    }
}
