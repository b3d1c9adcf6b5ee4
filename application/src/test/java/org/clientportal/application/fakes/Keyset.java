package org.clientportal.application.fakes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;

/**
 * Keyset paging over a collection, in exactly the orders the jOOQ repositories ask PostgreSQL for:
 * the sort value, then the id, both in the requested direction. Text as
 * {@code lower(text COLLATE "C")} orders it (only A–Z folded, then UTF-8 bytes, which is code point
 * order), ids as unsigned bytes, absent dates last in either direction.
 */
final class Keyset {

    static final Comparator<UUID> POSTGRES_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private Keyset() {
    }

    static <T> Page<T> page(Collection<T> rows, Predicate<T> filter, PageRequest<?> request,
                            Function<T, SortValue> sortValueOf, Function<T, UUID> idOf) {
        Function<T, Position> positionOf = row -> new Position(sortValueOf.apply(row), idOf.apply(row));
        Comparator<Position> order = order(request.sort().descending());
        var rowsAfterCursor = rows.stream()
                .filter(filter)
                .filter(row -> request.after().map(after -> order.compare(positionOf.apply(row), after) > 0).orElse(true))
                .sorted(Comparator.comparing(positionOf, order))
                .limit(request.limit() + 1L)
                .toList();
        return Page.fromOverfetch(rowsAfterCursor, request, positionOf);
    }

    /** Ascending: (value, id); descending: both reversed, except that absent dates stay last. */
    private static Comparator<Position> order(boolean descending) {
        Comparator<Position> byValue = (a, b) -> compare(a.key(), b.key(), descending);
        Comparator<Position> ascending = byValue.thenComparing(Position::id, POSTGRES_ORDER);
        return descending ? ascending.reversed() : ascending;
    }

    /**
     * PostgreSQL's {@code coalesce(due_date, 'infinity')} ascending and
     * {@code coalesce(due_date, '-infinity')} descending: an absent date is the largest value when
     * ascending and the smallest when descending, so it comes last both ways.
     */
    private static int compare(SortValue a, SortValue b, boolean descending) {
        if (a instanceof SortValue.Text x && b instanceof SortValue.Text y) {
            return compareCodePoints(foldAsciiCase(x.value()), foldAsciiCase(y.value()));
        }
        if (a instanceof SortValue.Time x && b instanceof SortValue.Time y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof SortValue.Date x && b instanceof SortValue.Date y) {
            LocalDate absent = descending ? LocalDate.MIN : LocalDate.MAX;
            return x.value().orElse(absent).compareTo(y.value().orElse(absent));
        }
        throw new IllegalArgumentException("values of different kinds: " + a + ", " + b);
    }

    /** What {@code lower()} does under the "C" collation: A–Z only. */
    static String foldAsciiCase(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.chars().forEach(c -> folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : (char) c));
        return folded.toString();
    }

    /** The "C" collation compares UTF-8 bytes, which order as code points (not as Java's UTF-16 units). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
