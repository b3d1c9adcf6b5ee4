package org.clientportal.adapters.web;

import io.javalin.http.Context;

/** A posted form's fields, as the use cases take text: a field left out is an empty text. */
public final class Form {

    private Form() {
    }

    public static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
