package org.clientportal.domain.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

class DocsRecordTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private final ClientId acme = new ClientId(UUID.randomUUID());

    private static DocsFacts invoice(DocsStatus status, Instant asOf, boolean shared) {
        return new DocsFacts(DocsKind.INVOICE, "inv_1", "ACME", "March retainer", Optional.of("2026-031"), status,
                Optional.of(DocsAmounts.of(EUR, new BigDecimal("1250.00"), new BigDecimal("1250.00"))),
                Optional.of(LocalDate.parse("2026-03-31")), Optional.of("https://docs.example/inv_1"), shared, asOf);
    }

    private DocsRecord stored(DocsFacts facts) {
        return new DocsRecord(new DocsRecordId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                Optional.of(acme), facts, T0);
    }

    @Test
    void newerFacts_replaceTheOldOnes_olderOnesChangeNothing() {
        DocsRecord paid = stored(invoice(DocsStatus.PAID, T0.plusSeconds(60), true));

        assertThat(paid.toldOf(Optional.of(acme), invoice(DocsStatus.ISSUED, T0, true), T0.plusSeconds(90)))
                .isEmpty();
        assertThat(paid.toldOf(Optional.of(acme), paid.facts(), T0.plusSeconds(90))).as("the same").isEmpty();
        assertThat(paid.toldOf(Optional.empty(), paid.facts(), T0.plusSeconds(90))).as("its client gone")
                .hasValueSatisfying(r -> assertThat(r.clientId()).isEmpty());
        assertThat(paid.toldOf(Optional.of(acme), invoice(DocsStatus.VOIDED, T0.plusSeconds(120), true),
                T0.plusSeconds(130))).hasValueSatisfying(voided -> {
                    assertThat(voided.facts().status()).isEqualTo(DocsStatus.VOIDED);
                    assertThat(voided.syncedAt()).isEqualTo(T0.plusSeconds(130));
                    assertThat(voided.id()).isEqualTo(paid.id());
                });
    }

    @Test
    void factsAreAsOfAMicrosecond_asTheDatabaseKeepsThem() {
        Instant precise = Instant.parse("2026-03-01T10:00:00.123456789Z");

        assertThat(invoice(DocsStatus.ISSUED, precise, true).asOf()).isEqualTo("2026-03-01T10:00:00.123456Z");
    }

    @Test
    void aRecord_isSharedWithItsClient_onlyWhenClientVisible() {
        assertThat(stored(invoice(DocsStatus.ISSUED, T0, true)).isSharedWith(acme)).isTrue();
        assertThat(stored(invoice(DocsStatus.ISSUED, T0, false)).isSharedWith(acme)).isFalse();
        assertThat(stored(invoice(DocsStatus.ISSUED, T0, true)).isSharedWith(new ClientId(UUID.randomUUID())))
                .isFalse();
    }

    @Test
    void aDocumentCannotBePaid_andAmountsAreExact_inOneCurrency() {
        assertThatThrownBy(() -> new DocsFacts(DocsKind.DOCUMENT, "doc_1", "ACME", "SOW", Optional.empty(),
                DocsStatus.PAID, Optional.empty(), Optional.empty(), Optional.empty(), false, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocsAmounts(new Money(BigDecimal.TEN, EUR),
                new Money(BigDecimal.ONE, Currency.getInstance("USD")))).hasMessageContaining("one currency");
        assertThatThrownBy(() -> DocsAmounts.of(EUR, BigDecimal.ONE, BigDecimal.TEN)).hasMessageContaining("total");
        assertThatThrownBy(() -> new Money(new BigDecimal("0.12345"), EUR)).hasMessageContaining("decimal places");
        assertThatThrownBy(() -> new Money(new BigDecimal("-1"), EUR)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.amountOf("0.10").add(Money.amountOf("0.20"))).isEqualByComparingTo("0.30");
        assertThat(new Money(new BigDecimal("1250.1000"), EUR).amount().toPlainString()).isEqualTo("1250.10");
        assertThat(new Money(new BigDecimal("0.125"), EUR).amount().toPlainString()).isEqualTo("0.125");
        assertThat(new Money(new BigDecimal("1500"), Currency.getInstance("JPY")).amount().toPlainString())
                .isEqualTo("1500");
        assertThatThrownBy(() -> Money.currencyOf("eur")).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.currencyOf("XYZ")).hasMessageContaining("ISO 4217");
    }

    @Test
    void eventTypes_areKnownByTheirWireNames() {
        assertThat(DocsEventType.of("invoice.paid")).contains(DocsEventType.INVOICE_PAID);
        assertThat(DocsEventType.INVOICE_PAID.status()).isEqualTo(DocsStatus.PAID);
        assertThat(DocsEventType.of("invoice.refunded")).isEmpty();
        assertThat(DocsEventType.known()).startsWith("document.created, document.updated");
    }
}
