package org.clientportal.application.docs;

import org.clientportal.application.shared.SortField;
import org.clientportal.application.shared.SortValue;

/** The order documents and invoices are listed in: when the portal was last told of each (newest first). */
public enum DocsSort implements SortField {
    UPDATED_AT(new Key("updatedAt", SortValue.Kind.TIME));

    private final Key key;

    DocsSort(Key key) {
        this.key = key;
    }

    @Override
    public Key key() {
        return key;
    }
}
