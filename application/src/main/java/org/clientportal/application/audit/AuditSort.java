package org.clientportal.application.audit;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of audit events can be sorted by (each ascending, or descending with {@code -}). */
public enum AuditSort implements SortField {
    AT("at", SortValue.Kind.TIME);

    private final String wireName;
    private final SortValue.Kind kind;

    AuditSort(String wireName, SortValue.Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public SortValue.Kind kind() {
        return kind;
    }
}
