package org.clientportal.adapters.persistence.docs;

import java.util.Currency;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.DocsRecordsRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** A cached document or invoice to and from its row; amounts as exact numerics, never floats. */
public final class DocsRows {

    private DocsRows() {
    }

    static DocsRecordsRecord toRecord(DocsRecord r) {
        DocsFacts f = r.facts();
        DocsRecordsRecord row = new DocsRecordsRecord();
        row.setTenantId(r.tenantId().value());
        row.setId(r.id().value());
        row.setKind(Lifecycle.wireName(f.kind()));
        row.setExternalId(f.externalId());
        row.setClientReference(f.clientReference());
        row.setClientId(r.clientId().map(ClientId::value).orElse(null));
        row.setTitle(f.title());
        row.setNumber(f.number().orElse(null));
        row.setStatus(Lifecycle.wireName(f.status()));
        row.setCurrency(f.amounts().map(a -> a.currency().getCurrencyCode()).orElse(null));
        row.setTotal(f.amounts().map(a -> a.total().amount()).orElse(null));
        row.setAmountDue(f.amounts().map(a -> a.due().amount()).orElse(null));
        row.setDueDate(f.dueDate().orElse(null));
        row.setUrl(f.url().orElse(null));
        row.setClientVisible(f.clientVisible());
        row.setAsOf(f.asOf());
        row.setSyncedAt(r.syncedAt());
        return row;
    }

    public static DocsRecord toDocsRecord(DocsRecordsRecord row) {
        Optional<DocsAmounts> amounts = Optional.ofNullable(row.getCurrency())
                .map(code -> DocsAmounts.of(Currency.getInstance(code), row.getTotal(), row.getAmountDue()));
        DocsFacts facts = new DocsFacts(StatusNames.parse(DocsKind.class, row.getKind()), row.getExternalId(),
                row.getClientReference(), row.getTitle(), Optional.ofNullable(row.getNumber()),
                StatusNames.parse(DocsStatus.class, row.getStatus()), amounts, Optional.ofNullable(row.getDueDate()),
                Optional.ofNullable(row.getUrl()), row.getClientVisible(), row.getAsOf());
        return new DocsRecord(new DocsRecordId(row.getId()), new TenantId(row.getTenantId()),
                Optional.ofNullable(row.getClientId()).map(ClientId::new), facts, row.getSyncedAt());
    }
}
