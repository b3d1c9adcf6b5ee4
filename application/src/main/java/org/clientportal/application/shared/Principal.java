package org.clientportal.application.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;

/**
 * Who acts, as one of a closed set of kinds, each carrying only what it really has: a signed-in
 * operator and an API key act with a role; a client's contact, a system job, an integration and the public form
 * have none, so no use case can grant them an operator permission by mistake. The audit names each as {@code kind:id}.
 */
public sealed interface Principal {

    /** The role whose permissions this principal acts with; empty for kinds that have none. */
    Optional<Role> actingRole();

    /** How the audit trail and idempotency records name this principal: {@code kind:id}. */
    String name();

    /** A person signed in with a session, acting with their current role. */
    record Operator(OperatorId id, Role role) implements Principal {

        public Operator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
        }

        @Override
        public Optional<Role> actingRole() {
            return Optional.of(role);
        }

        @Override
        public String name() {
            return "operator:" + id;
        }
    }

    /**
     * A script or integration with an API key: the key's role, capped by the current role of the
     * operator who created it, and narrowed to what the key's scopes cover.
     */
    record ApiKey(ApiKeyId id, Role role, Set<ApiKeyScope> scopes, OperatorId createdBy) implements Principal {

        public ApiKey {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            scopes = Set.copyOf(scopes);
            Objects.requireNonNull(createdBy, "createdBy");
        }

        @Override
        public Optional<Role> actingRole() {
            return Optional.of(role);
        }

        @Override
        public String name() {
            return "api-key:" + id;
        }
    }

    /**
     * A client's contact in the portal, with the client they belong to and their current rights. Has
     * no role: no operator permission can ever be granted to it.
     */
    record Contact(ContactId id, ClientId clientId, PortalRights rights) implements Principal {

        public Contact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(rights, "rights");
        }

        @Override
        public Optional<Role> actingRole() {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "contact:" + id;
        }

        /** Throws {@link AccessDenied} unless the contact holds the right. */
        public void require(PortalRight right) {
            if (!rights.allows(right)) {
                throw AccessDenied.portalRightMissing(right);
            }
        }
    }

    /** A scheduled job or relay of the portal itself, named after the job. */
    record SystemJob(String job) implements Principal {

        public SystemJob {
            Objects.requireNonNull(job, "job");
        }

        @Override
        public Optional<Role> actingRole() {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "system:" + job;
        }
    }

    /** An anonymous visitor through one of the agency's public forms (the intake form). */
    record PublicForm(String form) implements Principal {

        public PublicForm {
            Objects.requireNonNull(form, "form");
        }

        @Override
        public Optional<Role> actingRole() {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "public:" + form;
        }
    }

    /** An outside service the agency connected, such as Klevar Docs through its signed webhooks. */
    record Integration(String service) implements Principal {

        public Integration {
            Objects.requireNonNull(service, "service");
        }

        @Override
        public Optional<Role> actingRole() {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "integration:" + service;
        }
    }
}
