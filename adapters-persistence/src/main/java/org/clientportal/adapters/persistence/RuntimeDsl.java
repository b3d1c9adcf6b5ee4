package org.clientportal.adapters.persistence;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The jOOQ context every query of the service runs on. */
final class RuntimeDsl {

    /**
     * Timestamps are read with {@code getObject(i, OffsetDateTime.class)} and bound with
     * {@code setObject}: by default jOOQ has the driver print each one as text and parses it back,
     * which took a third of the time of reading a page of clients. jOOQ's own debug log of every
     * statement is off: asking whether it was on was a cost of every execution.
     */
    private static final Settings SETTINGS = new Settings().withBindOffsetDateTimeType(true).withExecuteLogging(false);

    private RuntimeDsl() {
    }

    static DSLContext over(DataSource pool) {
        return DSL.using(pool, SQLDialect.POSTGRES, SETTINGS);
    }
}
