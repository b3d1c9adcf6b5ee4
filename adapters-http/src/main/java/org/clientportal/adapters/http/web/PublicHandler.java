package org.clientportal.adapters.http.web;

import io.javalin.http.Context;

/** A route handler for routes that need no credentials (registration, intake, login, health). */
@FunctionalInterface
public interface PublicHandler {

    Reply handle(Context ctx) throws Exception;
}
