package org.clientportal.application.search;

import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.port.Transactions;

/** Full-text search: the agency's over all its records, a contact's over what their client may see. */
public record SearchFeature(SearchRecords searchRecords, SearchSharedRecords searchSharedRecords) {

    public static SearchFeature wire(Transactions transactions, SearchIndex index) {
        return new SearchFeature(new SearchRecords(transactions, index), new SearchSharedRecords(transactions, index));
    }
}
