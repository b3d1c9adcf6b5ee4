package org.clientportal.application.shared;

import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.operator.Operator;

/**
 * How a client's contacts are told who wrote something: a person by their name, an integration by
 * its key's name. Read inside the writing transaction and kept with what was written, since the
 * portal reads no operator or key.
 */
public final class AuthorNames {

    private final OperatorRepository operators;
    private final ApiKeyRepository apiKeys;
    private final ContactRepository contacts;

    public AuthorNames(OperatorRepository operators, ApiKeyRepository apiKeys, ContactRepository contacts) {
        this.operators = operators;
        this.apiKeys = apiKeys;
        this.contacts = contacts;
    }

    /** The name; a principal of no stored kind (a job, a form), or one gone meanwhile, by its audit name. */
    public String of(Actor actor) {
        Principal principal = actor.principal();
        if (principal instanceof Principal.Operator operator) {
            return operators.find(actor.tenantId(), operator.id()).map(Operator::name).orElse(principal.name());
        }
        if (principal instanceof Principal.ApiKey key) {
            return apiKeys.find(actor.tenantId(), key.id()).map(ApiKey::name).orElse(principal.name());
        }
        if (principal instanceof Principal.Contact contact) {
            return contacts.find(actor.tenantId(), contact.id()).map(Contact::name).orElse(principal.name());
        }
        return principal.name();
    }
}
