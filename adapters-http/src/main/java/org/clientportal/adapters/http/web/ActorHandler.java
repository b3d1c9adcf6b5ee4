package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import org.clientportal.application.shared.Actor;

/** A route handler for authenticated callers: gets the resolved actor, returns a reply. */
@FunctionalInterface
public interface ActorHandler {

    Reply handle(Context ctx, Actor actor) throws Exception;
}
