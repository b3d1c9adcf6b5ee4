package org.clientportal.application.portal;

import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.tenant.Tenant;

/** Who is using the portal: the contact, their client and the agency. */
public record PortalMe(Contact contact, Client client, Tenant tenant) {
}
