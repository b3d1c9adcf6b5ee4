package org.clientportal.application.audit;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The fields the list of audit events can be sorted by (each ascending, or descending with {@code -}). */
public enum AuditSort implements SortField {
    AT(new Key("at", SortValue.Kind.TIME));

    private final Key key;

    AuditSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
