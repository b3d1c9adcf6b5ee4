package org.clientportal.application.apikey;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.operator.RoleNames;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TenantToken;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.Validation;

/** An owner or admin issues a key for scripts; it can act at most with the issuer's own rights. */
public final class CreateApiKey {

    private final Transactions transactions;
    private final ApiKeyRepository keys;
    private final AuditRecorder audit;
    private final SecretSource secrets;
    private final Digests digests;
    private final IdSource ids;
    private final Clock clock;

    public CreateApiKey(Transactions transactions, ApiKeyRepository keys, AuditRecorder audit, SecretSource secrets,
                        Digests digests, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.audit = audit;
        this.secrets = secrets;
        this.digests = digests;
        this.ids = ids;
        this.clock = clock;
    }

    public IssuedApiKey execute(Actor actor, CreateApiKeyCommand command) {
        Principal.Operator issuer = actor.signedInOperator(Permission.MANAGE_API_KEYS);
        Validation v = new Validation();
        String name = v.requiredText("name", command.name(), ApiKey.NAME_MAX);
        Role role = v.optional("role", command.role(), RoleNames::parse).orElse(Role.MEMBER);
        if (role == Role.OWNER) {
            v.add("role", "an API key acts as admin, member or viewer, never owner");
        }
        Set<ApiKeyScope> scopes = scopes(v, command.scopes());
        Instant now = clock.now();
        Optional<Instant> expiresAt = v.optional("expiresAt", command.expiresAt(), Dates::instant);
        if (expiresAt.filter(at -> !at.isAfter(now)).isPresent()) {
            v.add("expiresAt", "must be in the future");
        }
        v.done();
        if (role.outranks(issuer.role())) {
            throw new AccessDenied("A key cannot have more rights than the one who issues it");
        }
        TenantToken token = TenantToken.issue(TenantToken.API_KEY, actor.tenantId(),
                secrets.token(TenantToken.SECRET_BYTES));
        return transactions.inTenant(actor.tenantId(), () -> {
            ApiKey key = ApiKey.issue(new ApiKeyId(ids.next()), actor.tenantId(), name, role, scopes,
                    digests.sha256(token.value()), issuer.id(), now, expiresAt);
            keys.add(key);
            audit.created(actor, "api-key.created", "api-key", key.id(), Snapshots.of(key));
            return new IssuedApiKey(key, token.value());
        });
    }

    /** Left out, {@code full}; else one or more known scopes, each once. */
    private static Set<ApiKeyScope> scopes(Validation v, List<String> raw) {
        if (raw == null) {
            return EnumSet.of(ApiKeyScope.FULL);
        }
        if (raw.isEmpty()) {
            v.add("scopes", "must name at least one scope: full, read or metrics:write");
            return Set.of();
        }
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        for (String name : raw) {
            ApiKeyScope.of(name).ifPresentOrElse(scopes::add,
                    () -> v.add("scopes", "'" + name + "' is not a scope: full, read or metrics:write"));
        }
        return scopes;
    }
}
