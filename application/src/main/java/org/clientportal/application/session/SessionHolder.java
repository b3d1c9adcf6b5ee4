package org.clientportal.application.session;

import java.util.Objects;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.OperatorId;

/**
 * Whose session it is: an operator of the agency, or a client's contact in the portal. Both kinds
 * share one store, so each audience's authentication must check the kind: a portal session is no
 * operator session, whatever cookie it arrives in.
 */
public sealed interface SessionHolder {

    /** How a store writes the holder down: {@code operator:<id>} or {@code contact:<id>:<client id>}. */
    String asText();

    static SessionHolder parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length == 2 && parts[0].equals("operator")) {
            return new Operator(new OperatorId(UUID.fromString(parts[1])));
        }
        if (parts.length == 3 && parts[0].equals("contact")) {
            return new Contact(new ContactId(UUID.fromString(parts[1])), new ClientId(UUID.fromString(parts[2])));
        }
        throw new IllegalArgumentException("not a session holder: " + text);
    }

    record Operator(OperatorId id) implements SessionHolder {

        public Operator {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String asText() {
            return "operator:" + id;
        }
    }

    /** A contact, with the client they belong to: a portal request is bound to that client before anything is read. */
    record Contact(ContactId id, ClientId clientId) implements SessionHolder {

        public Contact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientId, "clientId");
        }

        @Override
        public String asText() {
            return "contact:" + id + ":" + clientId;
        }
    }
}
