package org.clientportal.application.docs;

/** What telling the portal's copy of some facts did. */
public enum DocsOutcome {
    /** The copy now holds them. */
    APPLIED,
    /** It held these facts, or newer ones, already; nothing changed. */
    UNCHANGED,
    /** The webhook event was taken before; nothing changed. */
    DUPLICATE
}
