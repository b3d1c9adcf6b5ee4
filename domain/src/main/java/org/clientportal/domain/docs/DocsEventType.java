package org.clientportal.domain.docs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The events Klevar Docs sends, each naming what it is about and where that then stands. */
public enum DocsEventType {
    DOCUMENT_CREATED("document.created", DocsKind.DOCUMENT, DocsStatus.OPEN),
    DOCUMENT_UPDATED("document.updated", DocsKind.DOCUMENT, DocsStatus.OPEN),
    DOCUMENT_SIGNED("document.signed", DocsKind.DOCUMENT, DocsStatus.SIGNED),
    DOCUMENT_VOIDED("document.voided", DocsKind.DOCUMENT, DocsStatus.VOIDED),
    INVOICE_ISSUED("invoice.issued", DocsKind.INVOICE, DocsStatus.ISSUED),
    INVOICE_PAID("invoice.paid", DocsKind.INVOICE, DocsStatus.PAID),
    INVOICE_OVERDUE("invoice.overdue", DocsKind.INVOICE, DocsStatus.OVERDUE),
    INVOICE_VOIDED("invoice.voided", DocsKind.INVOICE, DocsStatus.VOIDED);

    private final String wireName;
    private final DocsKind kind;
    private final DocsStatus status;

    DocsEventType(String wireName, DocsKind kind, DocsStatus status) {
        this.wireName = wireName;
        this.kind = kind;
        this.status = status;
    }

    public static Optional<DocsEventType> of(String wireName) {
        String wanted = wireName == null ? "" : wireName.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(DocsEventType::wireName).toList());
    }

    public String wireName() {
        return wireName;
    }

    public DocsKind kind() {
        return kind;
    }

    public DocsStatus status() {
        return status;
    }
}
