package org.clientportal.domain.shared;

/** Who may see a record: operators only, or the client's contacts too. Internal by default. */
public enum Visibility {
    INTERNAL,
    CLIENT
}
