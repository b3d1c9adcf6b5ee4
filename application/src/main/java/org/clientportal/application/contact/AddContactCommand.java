package org.clientportal.application.contact;

import java.util.List;

/** A new contact for a client, as the caller sent it; {@code rights} may be null (view only). */
public record AddContactCommand(String clientId, String name, String email, List<String> rights) {
}
