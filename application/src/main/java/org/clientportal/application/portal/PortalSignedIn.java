package org.clientportal.application.portal;

import org.clientportal.application.session.Session;

/** A fresh portal session and whom it belongs to. */
public record PortalSignedIn(Session session, PortalMe me) {
}
