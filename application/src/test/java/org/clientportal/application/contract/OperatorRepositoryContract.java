package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

public abstract class OperatorRepositoryContract extends StorageContract {

    @Test
    void addedOperator_isFoundByIdAndByEmail() {
        TenantId tenant = newTenant();
        Operator ada = operator(tenant, "ada@example.com", Role.OWNER);

        inTenant(tenant, () -> ports.operators().add(ada));

        assertSameState(inTenant(tenant, () -> ports.operators().find(tenant, ada.id())).orElseThrow(), ada);
        assertSameState(inTenant(tenant, () -> ports.operators().findByEmail(tenant, ada.email())).orElseThrow(), ada);
    }

    @Test
    void anotherTenantsOperator_isNotFound() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        Operator stranger = operator(theirs, "eve@example.com", Role.ADMIN);
        inTenant(theirs, () -> ports.operators().add(stranger));

        assertThat(inTenant(mine, () -> ports.operators().find(mine, stranger.id()))).isEmpty();
        assertThat(inTenant(mine, () -> ports.operators().findByEmail(mine, stranger.email()))).isEmpty();
        assertThat(inTenant(mine, () -> ports.operators().list(mine))).isEmpty();
    }

    @Test
    void takenEmail_isRefusedAsEmailTaken_butOnlyWithinTheTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        inTenant(tenant, () -> ports.operators().add(operator(tenant, "ada@example.com", Role.OWNER)));

        AlreadyExists refusal = thrownBy(AlreadyExists.class, () -> inTenant(tenant,
                () -> ports.operators().add(operator(tenant, "ada@example.com", Role.MEMBER))));
        inTenant(other, () -> ports.operators().add(operator(other, "ada@example.com", Role.OWNER)));

        assertThat(refusal.code()).isEqualTo("operator.email-taken");
        assertThat(inTenant(tenant, () -> ports.operators().list(tenant))).hasSize(1);
        assertThat(inTenant(other, () -> ports.operators().list(other))).hasSize(1);
    }

    @Test
    void list_isOldestFirst() {
        TenantId tenant = newTenant();
        Operator first = operator(tenant, "first@example.com", Role.OWNER);
        Operator second = operator(tenant, "second@example.com", Role.MEMBER);
        Operator third = operator(tenant, "third@example.com", Role.VIEWER);
        inTenant(tenant, () -> List.of(first, second, third).forEach(ports.operators()::add));

        List<Operator> listed = inTenant(tenant, () -> ports.operators().list(tenant));

        assertThat(listed).extracting(Operator::id).containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void update_atTheExpectedVersion_storesTheNewState() {
        TenantId tenant = newTenant();
        Operator ada = operator(tenant, "ada@example.com", Role.MEMBER);
        inTenant(tenant, () -> ports.operators().add(ada));
        Operator promoted = ada.withRole(Role.ADMIN, at(5)).withName("Ada L.", at(6));

        inTenant(tenant, () -> ports.operators().update(promoted, ada.version()));

        assertSameState(inTenant(tenant, () -> ports.operators().find(tenant, ada.id())).orElseThrow(), promoted);
    }

    @Test
    void update_atAStaleVersion_isAConcurrentModification_andChangesNothing() {
        TenantId tenant = newTenant();
        Operator ada = operator(tenant, "ada@example.com", Role.MEMBER);
        inTenant(tenant, () -> ports.operators().add(ada));
        Operator firstChange = ada.withRole(Role.ADMIN, at(5));
        inTenant(tenant, () -> ports.operators().update(firstChange, ada.version()));

        ConcurrentModification conflict = thrownBy(ConcurrentModification.class, () -> inTenant(tenant,
                () -> ports.operators().update(ada.withRole(Role.VIEWER, at(6)), ada.version())));

        assertThat(conflict.details()).containsEntry("entity", "operator").containsEntry("id", ada.id().toString());
        assertSameState(inTenant(tenant, () -> ports.operators().find(tenant, ada.id())).orElseThrow(), firstChange);
    }

    @Test
    void remove_deletesThatOperatorOnly() {
        TenantId tenant = newTenant();
        Operator stays = operator(tenant, "stays@example.com", Role.OWNER);
        Operator leaves = operator(tenant, "leaves@example.com", Role.MEMBER);
        inTenant(tenant, () -> List.of(stays, leaves).forEach(ports.operators()::add));

        inTenant(tenant, () -> ports.operators().remove(tenant, leaves.id()));

        assertThat(inTenant(tenant, () -> ports.operators().list(tenant))).extracting(Operator::id)
                .containsExactly(stays.id());
    }

    @Test
    void lockOwners_countsTheOwnersOfTheTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        inTenant(tenant, () -> List.of(operator(tenant, "a@example.com", Role.OWNER),
                operator(tenant, "b@example.com", Role.OWNER), operator(tenant, "c@example.com", Role.ADMIN))
                .forEach(ports.operators()::add));
        inTenant(other, () -> ports.operators().add(operator(other, "d@example.com", Role.OWNER)));

        assertThat(inTenant(tenant, () -> ports.operators().lockOwners(tenant))).isEqualTo(2);
    }

    private static Operator operator(TenantId tenant, String email, Role role) {
        return Operator.create(new OperatorId(newId()), tenant, new EmailAddress(email), "Operator " + email, role,
                "$2a$10$hash-of-" + email, at(0));
    }
}
