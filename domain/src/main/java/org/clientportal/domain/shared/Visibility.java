package org.clientportal.domain.shared;

/** Who may see a record: the agency only, or the client's contacts too. Records start internal. */
public enum Visibility {
    INTERNAL,
    CLIENT
}
