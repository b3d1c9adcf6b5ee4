package org.clientportal.domain.docs;

/** Where a document or invoice stands in Klevar Docs, as its latest event told. */
public enum DocsStatus {
    /** A document written or changed, not yet signed. */
    OPEN(DocsKind.DOCUMENT),
    SIGNED(DocsKind.DOCUMENT),
    /** An invoice sent, not yet due. */
    ISSUED(DocsKind.INVOICE),
    PAID(DocsKind.INVOICE),
    OVERDUE(DocsKind.INVOICE),
    /** Withdrawn: a document or an invoice that no longer stands. */
    VOIDED(null);

    private final DocsKind kind;

    DocsStatus(DocsKind kind) {
        this.kind = kind;
    }

    /** Whether a record of this kind can be in this status. */
    public boolean appliesTo(DocsKind of) {
        return kind == null || kind == of;
    }
}
