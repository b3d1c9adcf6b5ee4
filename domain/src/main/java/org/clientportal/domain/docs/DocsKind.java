package org.clientportal.domain.docs;

/** What Klevar Docs keeps for an agency's clients: documents to sign, invoices to pay. */
public enum DocsKind {
    DOCUMENT,
    INVOICE
}
