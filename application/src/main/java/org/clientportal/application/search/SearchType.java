package org.clientportal.application.search;

/**
 * The kinds of record full-text search finds. A kind is added here once, and once in each search
 * index (its table's search column and a source of the jOOQ index, a source of the in-memory one).
 */
public enum SearchType {
    CLIENT(false),
    PROJECT(true),
    TASK(true),
    UPDATE(true),
    COMMENT(true),
    ASK(true);

    private final boolean shownInPortal;

    SearchType(boolean shownInPortal) {
        this.shownInPortal = shownInPortal;
    }

    /** Whether a client's contacts may find records of this kind (their client-visible ones only). */
    public boolean shownInPortal() {
        return shownInPortal;
    }
}
