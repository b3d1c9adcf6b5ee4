package org.clientportal.application.shared;

/**
 * The raw {@code limit}, {@code cursor} and {@code sort} a caller sent for a list, each null when
 * not sent; {@link Listing#request} checks them into a {@link PageRequest}.
 */
public record PageInput(String limit, String cursor, String sort) {

    /** Without {@code sort}: the list's default order. */
    public PageInput(String limit, String cursor) {
        this(limit, cursor, null);
    }

    public static PageInput firstPage() {
        return new PageInput(null, null, null);
    }
}
