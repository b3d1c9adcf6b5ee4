package org.clientportal.application.shared;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * A list of the API: its name (cursors are bound to it), the fields it can be sorted by and the
 * order it has when the caller names none. It checks what a caller sent for one page.
 */
public record Listing<F extends Enum<F> & SortField>(String name, Class<F> fields, Sort<F> defaultSort) {

    public Listing {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(defaultSort, "defaultSort");
    }

    /**
     * Checks {@code limit}, {@code sort} and {@code cursor} together, naming each one that is wrong:
     * a cursor must have been issued for this list, this agency, these filters (in their canonical
     * form) and this order.
     */
    public PageRequest<F> request(PageInput input, TenantId tenant, String canonicalFilters) {
        Validation v = new Validation();
        Optional<Sort<F>> requested = v.optional("sort", input.sort(), raw -> Sort.parse(fields, raw));
        boolean sortUnderstood = !v.hasErrors();
        Sort<F> sort = requested.orElse(defaultSort);
        int limit = v.optional("limit", input.limit(), Listing::limit).orElse(PageRequest.DEFAULT_LIMIT);
        ListScope scope = ListScope.of(name, tenant, sort.wireName(), canonicalFilters);
        Optional<Position> after = sortUnderstood
                ? v.optional("cursor", input.cursor(), raw -> Cursor.decode(raw).positionIn(scope, sort.field().kind()))
                : Optional.empty();
        v.done();
        return new PageRequest<>(limit, sort, scope, after);
    }

    private static int limit(String raw) {
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
        }
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        return limit;
    }

    /** For the lists read in one direction only: a descending sort is refused, saying how the list is read. */
    public static void requireAscending(PageRequest<?> page, String order) {
        if (page.sort().descending()) {
            throw ValidationFailed.of("sort", "this list is read " + order);
        }
    }
}
