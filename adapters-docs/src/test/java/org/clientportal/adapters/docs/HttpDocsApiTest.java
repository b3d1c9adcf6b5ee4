package org.clientportal.adapters.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.clientportal.application.contract.DocsApiContract;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client against a real HTTP stand-in for Klevar Docs: the contract every {@code DocsApi} keeps,
 * then what it reads off the wire, and how it fails.
 */
class HttpDocsApiTest extends DocsApiContract {

    /** Ample for a fake on loopback even on a loaded machine; the slow-Docs test waits well beyond it. */
    static final Duration TIMEOUT = Duration.ofMillis(1_000);

    private final FakeKlevarDocs docs = FakeKlevarDocs.start(API_KEY);

    HttpDocsApiTest() {
        // Small pages, so that the contract's lists are read over several.
        docs.pageSize(2);
    }

    static DocsSettings settings(FakeKlevarDocs docs) {
        return new DocsSettings(docs.url(), TIMEOUT, 3, Duration.ofMillis(5), Duration.ofSeconds(30));
    }

    static Map<String, Object> invoice(String id, String clientReference) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("clientReference", clientReference);
        item.put("title", "March retainer");
        item.put("number", "2026-031");
        item.put("status", "issued");
        item.put("currency", "EUR");
        item.put("total", "1250.00");
        item.put("amountDue", "0.10");
        item.put("dueDate", "2026-03-31");
        item.put("url", "https://docs.klevar.example/i/inv_1");
        item.put("clientVisible", true);
        item.put("updatedAt", "2026-03-01T10:00:00Z");
        return item;
    }

    @AfterEach
    void stopDocs() {
        docs.close();
    }

    @Override
    protected DocsApi api() {
        return new HttpDocsApi(settings(docs));
    }

    @Override
    protected void serviceHolds(DocsFacts facts) {
        docs.put(facts);
    }

    @Override
    protected void serviceGoesDown() {
        docs.goDown();
    }

    @Test
    void anInvoice_isReadWithEveryField_andExactAmounts_whenDocsHasIt() {
        docs.put(DocsKind.INVOICE, invoice("inv_1", "ACME"));

        assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_1")).contains(new DocsFacts(DocsKind.INVOICE, "inv_1",
                "ACME", "March retainer", Optional.of("2026-031"), DocsStatus.ISSUED,
                Optional.of(DocsAmounts.of(Currency.getInstance("EUR"), new BigDecimal("1250.00"),
                        new BigDecimal("0.10"))),
                Optional.of(LocalDate.parse("2026-03-31")), Optional.of("https://docs.klevar.example/i/inv_1"), true,
                Instant.parse("2026-03-01T10:00:00Z")));
    }

    @Test
    void amountsWrittenAsJsonNumbers_areReadExactly_andTheAmountDueDefaultsToTheTotal() {
        Map<String, Object> item = invoice("inv_2", "ACME");
        item.put("total", new BigDecimal("0.10"));
        item.remove("amountDue");
        docs.put(DocsKind.INVOICE, item);

        DocsAmounts amounts = api.fetch(API_KEY, DocsKind.INVOICE, "inv_2").orElseThrow().amounts().orElseThrow();

        assertThat(amounts.total().amount()).isEqualTo(new BigDecimal("0.10")).hasToString("0.10");
        assertThat(amounts.due().amount()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void aDocument_withOnlyTheRequiredFields_isReadWithNothingElse() {
        docs.put(DocsKind.DOCUMENT, Map.of("id", "doc 1/a", "clientReference", "ACME", "title", "SOW",
                "status", "signed", "updatedAt", "2026-03-01T10:00:00Z"));

        DocsFacts facts = api.fetch(API_KEY, DocsKind.DOCUMENT, "doc 1/a").orElseThrow();

        assertThat(facts.status()).isEqualTo(DocsStatus.SIGNED);
        assertThat(facts.number()).isEmpty();
        assertThat(facts.amounts()).isEmpty();
        assertThat(facts.dueDate()).isEmpty();
        assertThat(facts.url()).isEmpty();
        assertThat(facts.clientVisible()).isFalse();
    }

    @Test
    void aClientsInvoices_areReadFromEveryPage_whenDocsPagesThem() {
        docs.pageSize(2);
        IntStream.rangeClosed(1, 5).forEach(i -> docs.put(DocsKind.INVOICE, invoice("inv_" + i, "ACME / EU")));
        docs.put(DocsKind.INVOICE, invoice("inv_9", "Other"));

        List<DocsFacts> invoices = api.ofClient(API_KEY, DocsKind.INVOICE, "ACME / EU");

        assertThat(invoices).extracting(DocsFacts::externalId)
                .containsExactly("inv_1", "inv_2", "inv_3", "inv_4", "inv_5");
        assertThat(docs.requests()).as("three pages of two").isEqualTo(3);
    }

    @Test
    void aListBeyondTheCap_isUnavailable_sayingSo() {
        docs.pageSize(1);
        IntStream.rangeClosed(1, HttpDocsApi.PAGES_MAX + 1)
                .forEach(i -> docs.put(DocsKind.INVOICE, invoice("inv_%03d".formatted(i), "ACME")));

        assertThatThrownBy(() -> api.ofClient(API_KEY, DocsKind.INVOICE, "ACME"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("more than 5000 items or 50 pages");
        assertThat(docs.requests()).isEqualTo(HttpDocsApi.PAGES_MAX);
    }

    @Test
    void aListOfTooManyItems_isUnavailable_sayingSo() {
        docs.pageSize(HttpDocsApi.ITEMS_MAX + 1);
        IntStream.rangeClosed(1, HttpDocsApi.ITEMS_MAX + 1)
                .forEach(i -> docs.put(DocsKind.INVOICE, invoice("inv_" + i, "ACME")));

        assertThatThrownBy(() -> api.ofClient(API_KEY, DocsKind.INVOICE, "ACME"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("more than 5000 items");
    }

    @Test
    void aWrongKey_isUnavailable_sayingTheKeyWasRefused_withoutRepeatingIt() {
        docs.put(DocsKind.INVOICE, invoice("inv_1", "ACME"));

        assertThatThrownBy(() -> api.fetch("another key", DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("refused the agency's API key (401)")
                .hasMessageNotContaining("another key")
                .satisfies(e -> assertThat(((DependencyUnavailable) e).details())
                        .containsEntry("dependency", "Klevar Docs"));
    }

    @Test
    void noKey_isUnavailable_withoutAskingDocs() {
        assertThatThrownBy(() -> api.fetch(" ", DocsKind.INVOICE, "inv_1")).isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("No API key");
        assertThat(docs.requests()).isZero();
    }

    static Stream<Arguments> unreadableItems() {
        return Stream.of(
                Arguments.of("status", "lost", "status \"lost\" is not one of an invoice's: issued, paid, overdue, voided"),
                Arguments.of("status", "signed", "status \"signed\" is not one of an invoice's"),
                Arguments.of("currency", "euro", "currency must be an ISO 4217 code such as EUR"),
                Arguments.of("currency", null, "total is given without a currency"),
                Arguments.of("total", "1,250.00", "total must be a decimal number such as 1250.00"),
                Arguments.of("total", "0.001", "amountDue must not be more than the total"),
                Arguments.of("total", "-1", "total must be from 0"),
                Arguments.of("updatedAt", null, "updatedAt is missing"),
                Arguments.of("updatedAt", "yesterday", "updatedAt must be an instant"),
                Arguments.of("dueDate", "31/03/2026", "dueDate must be a date"),
                Arguments.of("title", "t".repeat(DocsFacts.TITLE_MAX + 1), "title is longer than 200 characters"),
                Arguments.of("clientReference", 42, "clientReference must be text"),
                Arguments.of("url", "javascript:alert(1)", "url must be an http or https address"),
                Arguments.of("clientVisible", "yes", "clientVisible must be true or false"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unreadableItems")
    void anUnreadableItem_isUnavailable_sayingWhatIsWrong(String field, Object value, String what) {
        Map<String, Object> item = invoice("inv_1", "ACME");
        item.put(field, value);
        docs.put(DocsKind.INVOICE, item);

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageStartingWith("Klevar Docs answered an unreadable invoice (\"inv_1\"): ")
                .hasMessageContaining(what);
    }

    @Test
    void anAnswerThatIsNotJson_isUnavailable_sayingSo() {
        docs.answerRaw("/v1/documents/doc_1", "<html>Maintenance</html>");

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.DOCUMENT, "doc_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void aListWithoutItems_orWithAnotherClientsItem_isUnavailable() {
        docs.answerRaw("/v1/clients/ACME/invoices", "{\"invoices\": []}");
        docs.answerRaw("/v1/clients/BETA/invoices",
                "{\"items\": [{\"id\": \"inv_1\", \"clientReference\": \"ACME\", \"title\": \"T\","
                        + " \"status\": \"paid\", \"updatedAt\": \"2026-03-01T10:00:00Z\"}], \"nextCursor\": null}");

        assertThatThrownBy(() -> api.ofClient(API_KEY, DocsKind.INVOICE, "ACME"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("without an items array");
        assertThatThrownBy(() -> api.ofClient(API_KEY, DocsKind.INVOICE, "BETA"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("invoice \"inv_1\" of client \"ACME\" as one of client \"BETA\"");
    }

    @Test
    void anItemOfAnotherId_isUnavailable() {
        docs.answerRaw("/v1/invoices/inv_2", "{\"id\": \"inv_1\", \"clientReference\": \"ACME\", \"title\": \"T\","
                + " \"status\": \"paid\", \"updatedAt\": \"2026-03-01T10:00:00Z\"}");

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_2"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("answered invoice \"inv_1\" when asked for \"inv_2\"");
    }

    @Test
    void aSlowDocs_isUnavailable_withinAboutTheTimeout() {
        docs.delay(Duration.ofSeconds(4));
        long started = System.nanoTime();

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("did not answer within 1000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));
    }

    @Test
    void aDownDocs_orNoDocsAtAll_isUnavailable() {
        docs.goDown();

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("answered 503");
        docs.close();
        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("not reachable");
    }
}
