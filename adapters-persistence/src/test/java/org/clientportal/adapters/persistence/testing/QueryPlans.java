package org.clientportal.adapters.persistence.testing;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.shared.ListScope;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.shared.TenantId;
import org.jooq.DSLContext;
import org.jooq.Query;

/** How PostgreSQL plans the statements of the lists. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /**
     * The plan of a statement with sequential scans, bitmap scans and sorts priced out of reach, so
     * that an index able to deliver the rows in order is taken however small the table, and a
     * missing one shows as a Sort node.
     */
    public static String planOf(PostgresPersistence persistence, TenantId tenant, Supplier<Query> query) {
        return persistence.transactions().inTenant(tenant, () -> {
            DSLContext dsl = CurrentTransaction.dsl();
            dsl.execute("set local enable_seqscan = off");
            dsl.execute("set local enable_bitmapscan = off");
            dsl.execute("set local enable_sort = off");
            return dsl.explain(query.get()).plan();
        });
    }

    /** A request in this order, for the first page or for the page after a position of the right kind. */
    public static <F extends Enum<F> & SortField> PageRequest<F> request(TenantId tenant, Sort<F> sort, boolean afterCursor) {
        Optional<Position> after = afterCursor
                ? Optional.of(new Position(sampleValue(sort.field().kind()), UUID.randomUUID()))
                : Optional.empty();
        return new PageRequest<>(20, sort, ListScope.of("plans", tenant, sort.wireName(), ""), after);
    }

    private static SortValue sampleValue(SortValue.Kind kind) {
        return switch (kind) {
            case TEXT -> new SortValue.Text("Middle");
            case TIME -> new SortValue.Time(java.time.Instant.parse("2026-01-01T00:00:00Z"));
            case OPTIONAL_DATE -> new SortValue.Date(Optional.of(java.time.LocalDate.parse("2026-01-01")));
            case RELEVANCE -> new SortValue.Relevance(0.5f, "task");
            case RANKED_TIME -> new SortValue.Ranked(3, java.time.Instant.parse("2026-01-01T00:00:00Z"));
        };
    }
}
