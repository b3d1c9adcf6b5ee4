package org.clientportal.application.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clientportal.domain.shared.Ids;
import org.clientportal.domain.shared.TenantId;

/**
 * A place in one list: what the list is ({@link ListScope}) and where the last page ended
 * ({@link Position}: the last row's sort value and id). Opaque to callers (base64url), and stable
 * when rows are inserted, because it names a place in the order, not an offset.
 */
public record Cursor(ListScope scope, Position position) {

    static final String MALFORMED = "is not a cursor this API issued";

    private static final String VERSION = "c2";
    private static final char SEPARATOR = '\n';
    private static final int PARTS = 7;
    /** A name key of 200 characters, four bytes each, fits with room to spare. */
    private static final int MAX_TOKEN_LENGTH = 2048;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z]{1,20}");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public Cursor {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(position, "position");
    }

    public String encode() {
        String text = String.join(String.valueOf(SEPARATOR), VERSION, scope.list(), scope.tenant().toString(),
                scope.sort(), String.format("%016x", scope.filters()), position.id().toString(), key(position.key()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws {@link IllegalArgumentException} for anything this API did not issue. */
    public static Cursor decode(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw malformed();
        }
        String[] parts = text(token).split(String.valueOf(SEPARATOR), PARTS);
        if (parts.length != PARTS || !parts[0].equals(VERSION) || parts[1].isEmpty() || parts[3].isEmpty()
                || parts[4].length() != 16) {
            throw malformed();
        }
        TenantId tenant = new TenantId(Ids.tryParse(parts[2]).orElseThrow(Cursor::malformed));
        long filters;
        try {
            filters = Long.parseUnsignedLong(parts[4], 16);
        } catch (NumberFormatException e) {
            throw malformed();
        }
        UUID id = Ids.tryParse(parts[5]).orElseThrow(Cursor::malformed);
        return new Cursor(new ListScope(parts[1], tenant, parts[3], filters), new Position(value(parts[6]), id));
    }

    /**
     * This cursor's position, if it was issued for exactly this list, agency, filters and order;
     * otherwise an {@link IllegalArgumentException} saying which of them differs.
     */
    public Position positionIn(ListScope expected, SortValue.Kind kind) {
        if (!scope.tenant().equals(expected.tenant())) {
            throw new IllegalArgumentException("was issued to another agency");
        }
        if (!scope.list().equals(expected.list())) {
            throw new IllegalArgumentException("belongs to the list of " + scope.list() + ", not to this one ("
                    + expected.list() + ")");
        }
        if (!scope.sort().equals(expected.sort())) {
            throw new IllegalArgumentException("was issued for sort=" + scope.sort() + ", not sort=" + expected.sort()
                    + "; keep the order of the first page or start again without a cursor");
        }
        if (scope.filters() != expected.filters()) {
            throw new IllegalArgumentException("was issued for other filters; keep the filters of the first page"
                    + " or start again without a cursor");
        }
        if (position.key().kind() != kind) {
            throw malformed();
        }
        return position;
    }

    private static String key(SortValue value) {
        if (value instanceof SortValue.Text text) {
            return "s" + text.value();
        }
        if (value instanceof SortValue.Time time) {
            return "t" + time.value();
        }
        if (value instanceof SortValue.Relevance relevance) {
            // The float's bits, so the rank comes back exactly as PostgreSQL computed it.
            return "r" + Integer.toHexString(Float.floatToIntBits(relevance.rank())) + ":" + relevance.type();
        }
        if (value instanceof SortValue.Ranked ranked) {
            return "k" + ranked.rank() + ":" + ranked.at();
        }
        return "d" + ((SortValue.Date) value).value().map(LocalDate::toString).orElse("");
    }

    private static SortValue value(String encoded) {
        if (encoded.isEmpty()) {
            throw malformed();
        }
        String rest = encoded.substring(1);
        try {
            switch (encoded.charAt(0)) {
                case 's':
                    // PostgreSQL text cannot hold NUL; no name we issue a cursor for does either.
                    if (rest.indexOf('\0') >= 0) {
                        throw malformed();
                    }
                    return new SortValue.Text(rest);
                case 't':
                    return new SortValue.Time(time(rest));
                case 'r':
                    return relevance(rest);
                case 'k':
                    return ranked(rest);
                case 'd':
                    if (rest.isEmpty()) {
                        return new SortValue.Date(Optional.empty());
                    }
                    LocalDate day = LocalDate.parse(rest);
                    if (day.getYear() < 1 || day.getYear() > 9999) {
                        throw malformed();
                    }
                    return new SortValue.Date(Optional.of(day));
                default:
                    throw malformed();
            }
        } catch (DateTimeParseException e) {
            throw malformed();
        }
    }

    private static Instant time(String encoded) {
        Instant at = Instant.parse(encoded);
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw malformed();
        }
        return at;
    }

    private static SortValue ranked(String encoded) {
        int colon = encoded.indexOf(':');
        if (colon < 1 || colon > 3) {
            throw malformed();
        }
        try {
            return new SortValue.Ranked(Integer.parseInt(encoded.substring(0, colon)), time(encoded.substring(colon + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw malformed();
        }
    }

    private static SortValue relevance(String encoded) {
        int colon = encoded.indexOf(':');
        if (colon < 1 || !RECORD_TYPE.matcher(encoded.substring(colon + 1)).matches()) {
            throw malformed();
        }
        try {
            return new SortValue.Relevance(Float.intBitsToFloat(Integer.parseUnsignedInt(encoded.substring(0, colon), 16)),
                    encoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
    }

    /**
     * The token's text; anything that is not base64url of UTF-8 is not ours. Bytes that are not
     * UTF-8 decode to U+FFFD, so they do not survive the round trip back to bytes.
     */
    private static String text(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
            throw malformed();
        }
        return text;
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException(MALFORMED);
    }
}
