package org.clientportal.application.shared;

/** A field a list can be sorted by: its name in the API and the kind of value it orders by. */
public interface SortField {

    /** As the API writes it: the item's property name ({@code createdAt}). */
    String wireName();

    SortValue.Kind kind();
}
