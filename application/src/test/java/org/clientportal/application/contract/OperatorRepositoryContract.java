package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clientportal.application.operator.OperatorSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
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
        assertThat(list(mine)).isEmpty();
    }

    @Test
    void aSessionsOperator_isFoundInItsTenantOnly_untilRemoved() {
        TenantId tenant = newTenant();
        Operator ada = operator(tenant, "ada@example.com", Role.ADMIN);
        inTenant(tenant, () -> ports.operators().add(ada));

        assertSameState(forSession(tenant, ada.id()).orElseThrow(), ada);
        assertThat(forSession(newTenant(), ada.id())).isEmpty();

        inTenant(tenant, () -> ports.operators().remove(tenant, ada.id()));
        assertThat(forSession(tenant, ada.id())).isEmpty();
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
        assertThat(list(tenant)).hasSize(1);
        assertThat(list(other)).hasSize(1);
    }

    @Test
    void list_byName_foldsOnlyAToZ_tiesById_inPages() {
        TenantId tenant = newTenant();
        Operator zoe = operator(tenant, "zoe@example.com", "zoe", 0);
        Operator ada = operator(tenant, "ada@example.com", "Ada", 1);
        Operator emile = operator(tenant, "emile@example.com", "\u00C9mile", 2);
        Operator otherAda = operator(tenant, "ada2@example.com", "ada", 3);
        Operator bob = operator(tenant, "bob@example.com", "Bob", 4);
        inTenant(tenant, () -> List.of(zoe, ada, emile, otherAda, bob).forEach(ports.operators()::add));

        List<List<Operator>> up = allPages(c -> list(tenant, Sort.ascending(OperatorSort.NAME), 2, c));
        List<List<Operator>> down = allPages(c -> list(tenant, Sort.descending(OperatorSort.NAME), 3, c));

        assertThat(up.stream().map(ids())).containsExactly(ids(ada, otherAda), ids(bob, zoe), ids(emile));
        assertThat(down.stream().map(ids())).containsExactly(ids(emile, zoe, bob), ids(otherAda, ada));
    }

    @Test
    void list_byCreatedAt_inPages() {
        TenantId tenant = newTenant();
        Operator late = operator(tenant, "late@example.com", "Late", 9);
        Operator early = operator(tenant, "early@example.com", "Early", 1);
        Operator middle = operator(tenant, "middle@example.com", "Middle", 5);
        inTenant(tenant, () -> List.of(late, early, middle).forEach(ports.operators()::add));

        List<List<Operator>> up = allPages(c -> list(tenant, Sort.ascending(OperatorSort.CREATED_AT), 2, c));
        List<List<Operator>> down = allPages(c -> list(tenant, Sort.descending(OperatorSort.CREATED_AT), 2, c));

        assertThat(up.stream().map(ids())).containsExactly(ids(early, middle), ids(late));
        assertThat(down.stream().map(ids())).containsExactly(ids(late, middle), ids(early));
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

        assertThat(list(tenant)).extracting(Operator::id)
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

    /** Every operator of the tenant, by name. */
    private Optional<Operator> forSession(TenantId tenant, OperatorId id) {
        return ports.transactions().singleStatement(() -> ports.operators().findForSession(tenant, id));
    }

    private List<Operator> list(TenantId tenant) {
        return list(tenant, Sort.ascending(OperatorSort.NAME), 100, Optional.empty()).items();
    }

    private Page<Operator> list(TenantId tenant, Sort<OperatorSort> sort, int limit,
                                Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.operators().list(tenant, page(tenant, sort, limit, cursor)));
    }

    private static Function<List<Operator>, List<OperatorId>> ids() {
        return operators -> operators.stream().map(Operator::id).toList();
    }

    private static List<OperatorId> ids(Operator... operators) {
        return Arrays.stream(operators).map(Operator::id).toList();
    }

    private static Operator operator(TenantId tenant, String email, String name, int createdAtMinute) {
        return Operator.create(new OperatorId(newId()), tenant, new EmailAddress(email), name, Role.MEMBER,
                "$2a$10$hash-of-" + email, at(createdAtMinute));
    }

    private static Operator operator(TenantId tenant, String email, Role role) {
        return Operator.create(new OperatorId(newId()), tenant, new EmailAddress(email), "Operator " + email, role,
                "$2a$10$hash-of-" + email, at(0));
    }
}
