package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocsApi} does, whatever stands behind it: reconciliation compares the portal's
 * copy with these answers, so a fact changed on the way (an amount rounded, a list cut at its first
 * page) or an outage passed off as "no such record" would rewrite the agency's documents and invoices
 * wrongly. Any implementation runs it against itself from the application's test jar; the HTTP client
 * (plain and resilient) and the in-memory fake do.
 *
 * <p>What an implementation's test provides: the client under test, a way to make the service hold
 * given facts, and a way to take it down. The service must take {@link #API_KEY}. An implementation
 * that pages its lists should make the service's pages small (two records, say), so that
 * {@link #ofClient_givesEveryRecordOfTheReference_andNoOther_acrossEveryPage} reads several.
 */
public abstract class DocsApiContract {

    /** The agency's key for Docs that every call of the contract carries. */
    public static final String API_KEY = "the agency's key for Docs";

    private static final Currency EUR = Currency.getInstance("EUR");

    protected DocsApi api;

    /** The client under test, calling the service {@link #serviceHolds} fills; called before every test. */
    protected abstract DocsApi api();

    /** From now on the service holds these facts, replacing a record of the same kind and id. */
    protected abstract void serviceHolds(DocsFacts facts);

    /** From now on the service is down: it does not answer, or answers only that it is unavailable. */
    protected abstract void serviceGoesDown();

    @BeforeEach
    void openApi() {
        api = api();
    }

    @Test
    void fetch_ofAHeldInvoice_givesItsFactsExactly_toTheLastDecimal() {
        DocsFacts invoice = anInvoice("inv_1", "ACME");
        serviceHolds(invoice);

        assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_1")).contains(invoice);
        assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_1").orElseThrow().amounts().orElseThrow().due().amount())
                .hasToString("0.125");
    }

    @Test
    void fetch_ofADocumentWithNothingOptional_givesItWithNothingAdded() {
        DocsFacts document = new DocsFacts(DocsKind.DOCUMENT, "doc 1/a", "ACME", "Statement of work", Optional.empty(),
                DocsStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), false,
                Instant.parse("2026-03-02T08:15:00Z"));
        serviceHolds(document);

        assertThat(api.fetch(API_KEY, DocsKind.DOCUMENT, "doc 1/a")).contains(document);
    }

    @Test
    void fetch_givesARecordAsItNowStands_afterTheServiceChangedIt() {
        serviceHolds(anInvoice("inv_1", "ACME"));
        DocsFacts paid = new DocsFacts(DocsKind.INVOICE, "inv_1", "ACME", "March retainer", Optional.of("2026-031"),
                DocsStatus.PAID, Optional.of(DocsAmounts.of(EUR, new BigDecimal("1250.10"), BigDecimal.ZERO)),
                Optional.of(LocalDate.parse("2026-03-31")), Optional.empty(), true,
                Instant.parse("2026-03-20T16:00:00Z"));
        serviceHolds(paid);

        assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_1")).contains(paid);
    }

    @Test
    void fetch_ofAnUnknownId_orOfAnIdOfTheOtherKind_isEmpty() {
        serviceHolds(anInvoice("inv_1", "ACME"));

        assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_404")).isEmpty();
        assertThat(api.fetch(API_KEY, DocsKind.DOCUMENT, "inv_1")).as("an invoice is no document").isEmpty();
    }

    @Test
    void ofClient_givesEveryRecordOfTheReference_andNoOther_acrossEveryPage() {
        List<DocsFacts> ofAcme = IntStream.rangeClosed(1, 5).mapToObj(i -> anInvoice("inv_" + i, "ACME / EU")).toList();
        ofAcme.forEach(this::serviceHolds);
        serviceHolds(anInvoice("inv_9", "Other"));
        serviceHolds(new DocsFacts(DocsKind.DOCUMENT, "doc_1", "ACME / EU", "SOW", Optional.empty(), DocsStatus.SIGNED,
                Optional.empty(), Optional.empty(), Optional.empty(), true, Instant.parse("2026-03-01T10:00:00Z")));

        assertThat(api.ofClient(API_KEY, DocsKind.INVOICE, "ACME / EU")).containsExactlyInAnyOrderElementsOf(ofAcme);
    }

    @Test
    void ofClient_ofAReferenceWithNoRecords_isEmpty() {
        serviceHolds(anInvoice("inv_1", "ACME"));

        assertThat(api.ofClient(API_KEY, DocsKind.INVOICE, "Nobody")).isEmpty();
        assertThat(api.ofClient(API_KEY, DocsKind.DOCUMENT, "ACME")).isEmpty();
    }

    @Test
    void aServiceThatIsDown_makesEveryCallUnavailable_neverEmpty() {
        serviceHolds(anInvoice("inv_1", "ACME"));
        serviceGoesDown();

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                .isInstanceOfSatisfying(DependencyUnavailable.class,
                        e -> assertThat(e.details()).containsKey("dependency"));
        assertThatThrownBy(() -> api.ofClient(API_KEY, DocsKind.INVOICE, "ACME"))
                .isInstanceOf(DependencyUnavailable.class);
    }

    /** An issued invoice with every field given, and amounts that a double would not keep. */
    protected static DocsFacts anInvoice(String externalId, String clientReference) {
        return new DocsFacts(DocsKind.INVOICE, externalId, clientReference, "March retainer", Optional.of("2026-031"),
                DocsStatus.ISSUED, Optional.of(DocsAmounts.of(EUR, new BigDecimal("1250.10"), new BigDecimal("0.125"))),
                Optional.of(LocalDate.parse("2026-03-31")), Optional.of("https://docs.klevar.example/i/" + externalId),
                true, Instant.parse("2026-03-01T10:00:00.250Z"));
    }
}
