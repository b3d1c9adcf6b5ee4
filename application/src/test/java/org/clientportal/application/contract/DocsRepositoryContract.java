package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.docs.DocsSearch;
import org.clientportal.application.docs.DocsSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsIntegration;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

/** The copy of Klevar Docs' records, the webhook events taken once, and each agency's settings. */
public abstract class DocsRepositoryContract extends StorageContract {

    private static DocsFacts invoice(String id, DocsStatus status, boolean shared, int minute) {
        return new DocsFacts(DocsKind.INVOICE, id, "ACME", "Invoice " + id, Optional.of("2026-" + id), status,
                Optional.of(DocsAmounts.of(Currency.getInstance("EUR"), new BigDecimal("1250.1000"),
                        new BigDecimal("0.0100"))),
                Optional.of(LocalDate.parse("2026-03-31")), Optional.of("https://docs.example/" + id), shared,
                at(minute));
    }

    private static DocsFacts document(String id, boolean shared, int minute) {
        return new DocsFacts(DocsKind.DOCUMENT, id, "ACME", "Document " + id, Optional.empty(), DocsStatus.OPEN,
                Optional.empty(), Optional.empty(), Optional.empty(), shared, at(minute));
    }

    private DocsRecord stored(TenantId tenant, Optional<ClientId> client, DocsFacts facts, int minute) {
        DocsRecord record = new DocsRecord(new DocsRecordId(newId()), tenant, client, facts, at(minute));
        inTenant(tenant, () -> ports.docsRecords().add(record));
        return record;
    }

    private Page<DocsRecord> search(TenantId tenant, DocsSearch search, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.docsRecords().search(tenant, search,
                page(tenant, Sort.descending(DocsSort.UPDATED_AT), limit, cursor)));
    }

    private static List<String> externalIds(List<DocsRecord> records) {
        return records.stream().map(r -> r.facts().externalId()).toList();
    }

    @Test
    void aRecord_isFoundWithEveryField_exactly_inItsTenantAndKindOnly_andUpdated() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        DocsRecord invoice = stored(tenant, Optional.of(client), invoice("inv_1", DocsStatus.ISSUED, true, 1), 2);
        DocsRecord unmatched = stored(tenant, Optional.empty(), document("doc_1", false, 1), 2);

        assertThat(inTenant(tenant, () -> ports.docsRecords().find(tenant, DocsKind.INVOICE, invoice.id())))
                .contains(invoice);
        assertThat(inTenant(tenant, () -> ports.docsRecords().lock(tenant, DocsKind.DOCUMENT, "doc_1")))
                .contains(unmatched);
        assertThat(inTenant(tenant, () -> ports.docsRecords().find(tenant, DocsKind.DOCUMENT, invoice.id())))
                .isEmpty();
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.docsRecords().find(other, DocsKind.INVOICE, invoice.id()))).isEmpty();
        assertThat(inTenant(other, () -> ports.docsRecords().lock(other, DocsKind.INVOICE, "inv_1"))).isEmpty();

        DocsRecord paid = invoice.toldOf(Optional.of(client), invoice("inv_1", DocsStatus.PAID, true, 5), at(6))
                .orElseThrow();
        inTenant(tenant, () -> ports.docsRecords().update(paid));
        assertThat(inTenant(tenant, () -> ports.docsRecords().lock(tenant, DocsKind.INVOICE, "inv_1"))).contains(paid);
    }

    @Test
    void aSecondFirstCopy_ofOneDocsRecord_isAConcurrentModification_butTheOtherKindMayShareItsId() {
        TenantId tenant = newTenant();
        stored(tenant, Optional.empty(), invoice("x_1", DocsStatus.ISSUED, false, 1), 1);

        thrownBy(ConcurrentModification.class, () -> stored(tenant, Optional.empty(),
                invoice("x_1", DocsStatus.PAID, false, 2), 2));
        stored(tenant, Optional.empty(), document("x_1", false, 1), 1);
        TenantId other = newTenant();
        stored(other, Optional.empty(), invoice("x_1", DocsStatus.ISSUED, false, 1), 1);
    }

    @Test
    void aWebhookEvent_isTakenOnce_perAgency() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();

        assertThat(inTenant(tenant, () -> ports.docsRecords().firstDelivery(tenant, "evt_1", "invoice.paid", at(1))))
                .isTrue();
        assertThat(inTenant(tenant, () -> ports.docsRecords().firstDelivery(tenant, "evt_1", "invoice.paid", at(2))))
                .isFalse();
        assertThat(inTenant(other, () -> ports.docsRecords().firstDelivery(other, "evt_1", "invoice.paid", at(2))))
                .isTrue();
    }

    @Test
    void theLists_filterByKindClientStatusAndVisibility_newestFirst_pageByPage() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        ClientId globex = newClient(tenant);
        stored(tenant, Optional.of(acme), invoice("a", DocsStatus.ISSUED, true, 0), 1);
        stored(tenant, Optional.of(acme), invoice("b", DocsStatus.PAID, false, 0), 2);
        stored(tenant, Optional.of(globex), invoice("c", DocsStatus.PAID, true, 0), 3);
        stored(tenant, Optional.empty(), invoice("d", DocsStatus.OVERDUE, true, 0), 4);
        stored(tenant, Optional.of(acme), document("e", true, 0), 5);
        DocsSearch allInvoices = new DocsSearch(DocsKind.INVOICE, Optional.empty(), Optional.empty(), false);

        assertThat(allPages(cursor -> search(tenant, allInvoices, 2, cursor)).stream()
                .map(DocsRepositoryContract::externalIds).toList())
                .containsExactly(List.of("d", "c"), List.of("b", "a"));
        assertThat(externalIds(search(tenant, new DocsSearch(DocsKind.INVOICE, Optional.of(acme), Optional.empty(),
                false), 10, Optional.empty()).items())).containsExactly("b", "a");
        assertThat(externalIds(search(tenant, new DocsSearch(DocsKind.INVOICE, Optional.empty(),
                Optional.of(DocsStatus.PAID), false), 10, Optional.empty()).items())).containsExactly("c", "b");
        assertThat(externalIds(search(tenant, DocsSearch.sharedWith(DocsKind.INVOICE, acme), 10, Optional.empty())
                .items())).containsExactly("a");
        assertThat(externalIds(search(tenant, DocsSearch.sharedWith(DocsKind.DOCUMENT, acme), 10, Optional.empty())
                .items())).containsExactly("e");
        TenantId other = newTenant();
        assertThat(search(other, allInvoices, 10, Optional.empty()).items()).isEmpty();
    }

    @Test
    void anAgencysSettings_areWrittenVersionByVersion_andItsOwnOnly() {
        TenantId tenant = newTenant();
        DocsIntegration first = new DocsIntegration(tenant, "a webhook secret of some length", Optional.empty(), true,
                at(1), "operator:someone", 1);
        DocsIntegration second = new DocsIntegration(tenant, "another webhook secret, longer", Optional.of(
                "an api key of twenty-four chars"), false, at(2), "operator:someone-else", 2);

        inTenant(tenant, () -> ports.docsIntegrations().save(first));
        assertThat(inTenant(tenant, () -> ports.docsIntegrations().find(tenant))).contains(first);
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.docsIntegrations().save(first)));
        inTenant(tenant, () -> ports.docsIntegrations().save(second));
        assertThat(inTenant(tenant, () -> ports.docsIntegrations().find(tenant))).contains(second);
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.docsIntegrations().save(second)));
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.docsIntegrations().find(other))).isEmpty();
    }
}
