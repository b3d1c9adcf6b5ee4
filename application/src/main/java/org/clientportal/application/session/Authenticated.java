package org.clientportal.application.session;

import org.clientportal.application.shared.Actor;

/** A request's resolved caller and the session that carried it. */
public record Authenticated(Actor actor, Session session) {
}
