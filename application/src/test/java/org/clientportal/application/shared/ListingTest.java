package org.clientportal.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.queue.GetQueue;
import org.clientportal.application.queue.QueueOrder;
import org.clientportal.application.search.SearchRecords;
import org.clientportal.application.search.SearchSort;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a list checks of limit, sort and cursor, and what a cursor is bound to. */
class ListingTest {

    private static final Listing<ClientSort> CLIENTS = SearchClients.LISTING;
    private static final Listing<ProjectSort> PROJECTS = SearchProjects.LISTING;
    private static final TenantId MINE = new TenantId(UUID.fromString("01a209d4-0000-7000-8000-000000000001"));
    private static final TenantId THEIRS = new TenantId(UUID.fromString("01a209d4-0000-7000-8000-000000000002"));
    private static final UUID ROW = UUID.fromString("01a209d4-46fd-7244-bbfc-2fea3dda342d");
    private static final String FILTERS = "status=lead&q=acme";

    @Test
    void noSort_isTheListsDefault_andALimitOf50() {
        PageRequest<ClientSort> request = CLIENTS.request(PageInput.firstPage(), MINE, FILTERS);

        assertThat(request.sort()).isEqualTo(Sort.descending(ClientSort.CREATED_AT));
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.after()).isEmpty();
        assertThat(CLIENTS.request(new PageInput(null, null, " "), MINE, FILTERS).sort()).isEqualTo(CLIENTS.defaultSort());
    }

    @Test
    void sort_takesEachFieldAscending_orDescendingWithAMinus() {
        assertThat(CLIENTS.request(new PageInput(null, null, "name"), MINE, FILTERS).sort())
                .isEqualTo(Sort.ascending(ClientSort.NAME));
        assertThat(CLIENTS.request(new PageInput(null, null, "-updatedAt"), MINE, FILTERS).sort())
                .isEqualTo(Sort.descending(ClientSort.UPDATED_AT));
        assertThat(Sort.wireNames(ClientSort.class))
                .containsExactly("name", "-name", "createdAt", "-createdAt", "updatedAt", "-updatedAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "Name", "--name", "-", "name,createdAt", "+name"})
    void anUnknownSort_isRefusedNamingTheAllowedOnes(String sort) {
        assertThat(errors(() -> CLIENTS.request(new PageInput(null, null, sort), MINE, FILTERS)))
                .containsExactly(new FieldError("sort",
                        "must be one of name, -name, createdAt, -createdAt, updatedAt, -updatedAt"));
    }

    @Test
    void aBadLimitAndABadSort_areReportedTogether() {
        assertThat(errors(() -> CLIENTS.request(new PageInput("0", "whatever", "size"), MINE, FILTERS)))
                .extracting(FieldError::field).containsExactlyInAnyOrder("sort", "limit");
    }

    @Test
    void anIssuedCursor_isOpaqueBase64url_andLeadsBackToItsPosition_forEveryKindOfValue() {
        List<Position> positions = List.of(new Position(new SortValue.Text("Émile & Co | \n 😀"), ROW));
        PageRequest<ClientSort> byName = CLIENTS.request(new PageInput(null, null, "name"), MINE, FILTERS);
        assertRoundTrip(byName, positions.get(0), new PageInput("10", null, "name"), CLIENTS);

        PageRequest<ClientSort> newest = CLIENTS.request(PageInput.firstPage(), MINE, FILTERS);
        assertRoundTrip(newest, new Position(new SortValue.Time(Instant.parse("2026-11-23T18:35:52.886681Z")), ROW),
                PageInput.firstPage(), CLIENTS);

        PageRequest<ProjectSort> byDueDate = PROJECTS.request(new PageInput(null, null, "-dueDate"), MINE, FILTERS);
        assertRoundTrip(byDueDate, new Position(new SortValue.Date(Optional.of(LocalDate.of(2026, 3, 31))), ROW),
                new PageInput(null, null, "-dueDate"), PROJECTS);
        assertRoundTrip(byDueDate, new Position(new SortValue.Date(Optional.empty()), ROW),
                new PageInput(null, null, "-dueDate"), PROJECTS);

        PageRequest<QueueOrder> queue = GetQueue.LISTING.request(PageInput.firstPage(), MINE, FILTERS);
        assertRoundTrip(queue, new Position(new SortValue.Ranked(4, Instant.parse("2026-11-23T18:35:52.886681Z")), ROW),
                PageInput.firstPage(), GetQueue.LISTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k", "k1", "kx:2026-01-01T00:00:00Z", "k0:2026-01-01T00:00:00Z",
            "k1:2026-13-01T00:00:00Z", "k1:+10000-01-01T00:00:00Z", "k1234:2026-01-01T00:00:00Z", "k-1:soon"})
    void aForgedQueueCursor_isMalformed_neverAnError(String key) {
        String token = forge("c2|queue|" + MINE + "|urgency|" + filtersHex(GetQueue.LISTING, "urgency") + "|" + ROW
                + "|" + key);

        assertThat(errors(() -> GetQueue.LISTING.request(new PageInput(null, token, null), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "is not a cursor this API issued"));
    }

    @Test
    void aCursorOfAnotherAgency_isRefused() {
        String theirs = cursor(CLIENTS.request(PageInput.firstPage(), THEIRS, FILTERS));

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, theirs), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "was issued to another agency"));
    }

    @Test
    void aCursorOfAnotherList_isRefused() {
        String ofProjects = cursor(PROJECTS.request(PageInput.firstPage(), MINE, FILTERS));

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, ofProjects), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "belongs to the list of projects, not to this one (clients)"));
    }

    @Test
    void aCursorOfAnotherOrder_isRefused() {
        String byName = cursor(CLIENTS.request(new PageInput(null, null, "name"), MINE, FILTERS));

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, byName, "-name"), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "was issued for sort=name, not sort=-name; keep the order"
                        + " of the first page or start again without a cursor"));
        assertThat(errors(() -> CLIENTS.request(new PageInput(null, byName), MINE, FILTERS)))
                .extracting(FieldError::message).singleElement().asString().startsWith("was issued for sort=name, not sort=-createdAt");
    }

    @Test
    void aCursorOfOtherFilters_isRefused() {
        String cursor = cursor(CLIENTS.request(PageInput.firstPage(), MINE, FILTERS));

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, cursor), MINE, "status=lead&q=acm")))
                .containsExactly(new FieldError("cursor", "was issued for other filters; keep the filters of the first"
                        + " page or start again without a cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!", "djE6MDFhMjA5ZDQtNDZmZC03MjQ0LWJiZmMtMmZlYTNkZGEzNDJk", "", "AAAA", "%%%"})
    void aCursorThisApiNeverIssued_isMalformed(String token) {
        if (token.isEmpty()) {
            assertThat(CLIENTS.request(new PageInput(null, token), MINE, FILTERS).after()).isEmpty();
            return;
        }
        assertThat(errors(() -> CLIENTS.request(new PageInput(null, token), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "is not a cursor this API issued"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "c2|clients|{t}|-createdAt|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|snot a time",
            "c2|clients|{t}|-createdAt|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|t2026-13-01T00:00:00Z",
            "c2|clients|{t}|-createdAt|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|t+10000-01-01T00:00:00Z",
            "c2|clients|{t}|-createdAt|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|",
            "c2|clients|{t}|-createdAt|{f}|not-a-uuid|t2026-01-01T00:00:00Z",
            "c2|clients|{t}|-createdAt|nothex|01a209d4-46fd-7244-bbfc-2fea3dda342d|t2026-01-01T00:00:00Z",
            "c2|clients|{t}|-createdAt|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d",
            "c9|clients|T|-createdAt|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|t2026-01-01T00:00:00Z",
            "c2|clients|{t}|name|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|sAcme\0",
            "c2|clients|{t}|name|{f}|01a209d4-46fd-7244-bbfc-2fea3dda342d|x1"})
    void aForgedCursor_isMalformed_neverAnError(String text) {
        String sort = text.split("\\|")[3];
        String token = forge(text.replace("T", MINE.toString()).replace("|{f}|", "|" + filtersHex(sort) + "|"));

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, token, sort), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "is not a cursor this API issued"));
    }

    @Test
    void aForgedCursor_ofTheRightScope_isAcceptedAsAnyPlaceInTheList() {
        String token = forge("c2|clients|" + MINE + "|-createdAt|" + filtersHex("-createdAt") + "|" + ROW
                + "|t2026-01-01T00:00:00Z");

        assertThat(CLIENTS.request(new PageInput(null, token), MINE, FILTERS).after())
                .contains(new Position(new SortValue.Time(Instant.parse("2026-01-01T00:00:00Z")), ROW));
    }

    @Test
    void bytesThatAreNotUtf8_orATooLongToken_areMalformed() {
        String notUtf8 = Base64.getUrlEncoder().encodeToString(new byte[]{'c', '2', '\n', (byte) 0xFF});

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, notUtf8), MINE, FILTERS)))
                .extracting(FieldError::message).containsExactly("is not a cursor this API issued");
        assertThat(errors(() -> CLIENTS.request(new PageInput(null, "A".repeat(2049)), MINE, FILTERS)))
                .extracting(FieldError::message).containsExactly("is not a cursor this API issued");
    }

    @Test
    void aCursorWithAValueOfTheWrongKindForItsOrder_isMalformed() {
        PageRequest<ClientSort> newest = CLIENTS.request(PageInput.firstPage(), MINE, FILTERS);
        String textUnderATimeOrder = new Cursor(newest.scope(), new Position(new SortValue.Text("Acme"), ROW)).encode();

        assertThat(errors(() -> CLIENTS.request(new PageInput(null, textUnderATimeOrder), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "is not a cursor this API issued"));
    }

    @Test
    void aSearchCursor_keepsTheRankToTheBit_andTheType() {
        PageRequest<SearchSort> first = SearchRecords.LISTING.request(PageInput.firstPage(), MINE, FILTERS);

        assertRoundTrip(first, new Position(new SortValue.Relevance(0.1f + 0.2f, "update"), ROW), PageInput.firstPage(),
                SearchRecords.LISTING);
        assertRoundTrip(first, new Position(new SortValue.Relevance(0f, "client"), ROW), PageInput.firstPage(),
                SearchRecords.LISTING);
    }

    /** Not a number, negative, infinite, no type, a type that is no wire name, no separator, no hex. */
    @ParameterizedTest
    @ValueSource(strings = {"r7fc00000:task", "rbf800000:task", "r7f800000:task", "r3f000000:", "r3f000000:Task",
            "r3f000000", "rzz:task", "r:task", "r3f000000:task:x"})
    void aSearchCursorWithABrokenRank_isMalformed(String key) {
        String token = forge("c2|search|" + MINE + "|-rank|"
                + String.format("%016x", ListScope.of("search", MINE, "-rank", FILTERS).filters()) + "|" + ROW + "|" + key);

        assertThat(errors(() -> SearchRecords.LISTING.request(new PageInput(null, token), MINE, FILTERS)))
                .containsExactly(new FieldError("cursor", "is not a cursor this API issued"));
    }

    private static <F extends Enum<F> & SortField> void assertRoundTrip(PageRequest<F> issuedBy, Position position,
                                                                        PageInput next, Listing<F> listing) {
        String token = issuedBy.cursorAfter(position).encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)).doesNotStartWith("v1:");
        PageInput withCursor = new PageInput(next.limit(), token, next.sort());
        assertThat(listing.request(withCursor, MINE, FILTERS).after()).contains(position);
    }

    private static String cursor(PageRequest<?> request) {
        return request.cursorAfter(new Position(keyFor(request.sort().field().kind()), ROW)).encode();
    }

    private static SortValue keyFor(SortValue.Kind kind) {
        return switch (kind) {
            case TEXT -> new SortValue.Text("Acme");
            case TIME -> new SortValue.Time(Instant.parse("2026-01-01T00:00:00Z"));
            case OPTIONAL_DATE -> new SortValue.Date(Optional.empty());
            case RELEVANCE -> new SortValue.Relevance(0.5f, "task");
            case RANKED_TIME -> new SortValue.Ranked(3, Instant.parse("2026-01-01T00:00:00Z"));
        };
    }

    /** A token made by hand, "|" standing for the separator. */
    private static String forge(String text) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.replace('|', '\n').getBytes(StandardCharsets.UTF_8));
    }

    private static String filtersHex(String sort) {
        return filtersHex(CLIENTS, sort);
    }

    private static String filtersHex(Listing<?> listing, String sort) {
        return String.format("%016x", ListScope.of(listing.name(), MINE, sort, FILTERS).filters());
    }

    private static List<FieldError> errors(Runnable request) {
        return catchThrowableOfType(ValidationFailed.class, request::run).fieldErrors();
    }
}
