package org.clientportal.adapters.persistence.transaction;

import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The transaction {@link JooqTransactions} opened on this thread, where repositories find it. It
 * stays inside the persistence adapter: use cases pass no connection and see no thread-local.
 */
public final class CurrentTransaction {

    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private CurrentTransaction() {
    }

    /** The jOOQ context of the open transaction; every repository statement runs through it. */
    public static DSLContext dsl() {
        Open open = OPEN.get();
        if (open == null) {
            throw new IllegalStateException(
                    "no transaction is open on this thread: call repositories inside Transactions.inTenant or outsideTenant");
        }
        return open.dsl();
    }

    static Optional<Open> open() {
        return Optional.ofNullable(OPEN.get());
    }

    /** Runs the work with the transaction open on this thread; one it narrows is open again after. */
    static <T> T runInside(Open transaction, Supplier<T> work) {
        Open enclosing = OPEN.get();
        OPEN.set(transaction);
        try {
            return work.get();
        } finally {
            if (enclosing == null) {
                OPEN.remove();
            } else {
                OPEN.set(enclosing);
            }
        }
    }

    /** An open transaction and what it is bound to. */
    record Open(DSLContext dsl, Binding binding) {
    }
}
