package org.clientportal.adapters.web;

import org.clientportal.domain.shared.Visibility;

/** How a record's visibility is marked on the agency's pages: never left to be guessed. */
public final class Badges {

    public static final String INTERNAL = "internal";
    public static final String CLIENT_CAN_SEE = "client can see";

    private Badges() {
    }

    public static String of(Visibility visibility) {
        return visibility == Visibility.CLIENT ? CLIENT_CAN_SEE : INTERNAL;
    }
}
