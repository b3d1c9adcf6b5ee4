package org.clientportal.adapters.web.operator;

import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.shared.Lifecycle;

/** A client's contacts page: each contact with their rights, the form to add one, and a link just issued. */
public record ContactsView(Frame frame, String clientId, String clientName, List<Row> contacts, List<String> rights,
                           Draft draft, Optional<IssuedLink> issued, Refusal refusal) {

    public record Row(String id, String name, String email, List<String> rights) {
    }

    /** What was typed into the add-contact form, shown again when it was refused. */
    public record Draft(String name, String email, List<String> rights) {

        static final Draft EMPTY = new Draft("", "", List.of(Lifecycle.wireName(PortalRight.REQUEST)));

        public boolean ticked(String right) {
            return rights.contains(right);
        }
    }

    /** A portal link, shown once: the portal keeps only its digest. */
    public record IssuedLink(String contactName, String url) {
    }

    static ContactsView of(Frame frame, Client client, List<Contact> contacts, Draft draft, Optional<IssuedLink> issued,
                           Refusal refusal) {
        return new ContactsView(frame, client.id().toString(), client.profile().name(), contacts.stream()
                .map(contact -> new Row(contact.id().toString(), contact.name(), contact.email().toString(),
                        contact.rights().granted().stream().sorted().map(Lifecycle::wireName).toList()))
                .toList(), ContactPages.allRights(), draft, issued, refusal);
    }
}
