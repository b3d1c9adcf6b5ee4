package org.clientportal.application.fakes;

import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;

/** Newest-first keyset paging over a collection, ordering ids as PostgreSQL does (unsigned bytes). */
final class Keyset {

    static final Comparator<UUID> POSTGRES_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private Keyset() {
    }

    static <T> Page<T> page(Collection<T> rows, Function<T, UUID> idOf, Predicate<T> filter, PageRequest request) {
        var rowsAfterCursor = rows.stream()
                .filter(filter)
                .filter(r -> request.cursor().map(c -> POSTGRES_ORDER.compare(idOf.apply(r), c.after()) < 0).orElse(true))
                .sorted(Comparator.comparing(idOf, POSTGRES_ORDER.reversed()))
                .limit(request.limit() + 1L)
                .toList();
        return Page.fromOverfetch(rowsAfterCursor, request.limit(), idOf);
    }
}
