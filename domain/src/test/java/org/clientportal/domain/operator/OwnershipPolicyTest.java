package org.clientportal.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

class OwnershipPolicyTest {

    private static Operator operator(Role role) {
        return Operator.create(new OperatorId(UUID.randomUUID()), TestClients.TENANT, new EmailAddress("a@b.test"),
                "A", role, "hash", TestClients.T0);
    }

    @Test
    void theLastOwner_cannotBeDemotedOrRemoved() {
        Operator owner = operator(Role.OWNER);
        assertThat(OwnershipPolicy.mayChangeRole(Role.OWNER, owner, Role.ADMIN, 1)).map(Rejection::code)
                .contains("operator.last-owner");
        assertThat(OwnershipPolicy.mayRemove(Role.OWNER, owner, 1)).map(Rejection::code)
                .contains("operator.last-owner");
    }

    @Test
    void anOwnerAmongTwo_canBeDemotedAndRemovedByAnOwner() {
        Operator owner = operator(Role.OWNER);
        assertThat(OwnershipPolicy.mayChangeRole(Role.OWNER, owner, Role.MEMBER, 2)).isEmpty();
        assertThat(OwnershipPolicy.mayRemove(Role.OWNER, owner, 2)).isEmpty();
    }

    @Test
    void anAdmin_cannotTouchOwnershipButManagesOthers() {
        assertThat(OwnershipPolicy.mayChangeRole(Role.ADMIN, operator(Role.OWNER), Role.MEMBER, 3))
                .map(Rejection::code).contains("operator.owner-only");
        assertThat(OwnershipPolicy.mayChangeRole(Role.ADMIN, operator(Role.MEMBER), Role.OWNER, 3))
                .map(Rejection::code).contains("operator.owner-only");
        assertThat(OwnershipPolicy.mayGrant(Role.ADMIN, Role.OWNER)).isPresent();
        assertThat(OwnershipPolicy.mayRemove(Role.ADMIN, operator(Role.OWNER), 3)).isPresent();
        assertThat(OwnershipPolicy.mayChangeRole(Role.ADMIN, operator(Role.VIEWER), Role.MEMBER, 1)).isEmpty();
        assertThat(OwnershipPolicy.mayRemove(Role.ADMIN, operator(Role.MEMBER), 1)).isEmpty();
    }

    @Test
    void rolesGrantWhatTheDocsSay() {
        assertThat(Role.VIEWER.grants(Permission.READ)).isTrue();
        assertThat(Role.VIEWER.grants(Permission.WRITE)).isFalse();
        assertThat(Role.MEMBER.grants(Permission.WRITE)).isTrue();
        assertThat(Role.MEMBER.grants(Permission.MANAGE_OPERATORS)).isFalse();
        assertThat(Role.MEMBER.grants(Permission.MANAGE_API_KEYS)).isFalse();
        assertThat(Role.ADMIN.grants(Permission.MANAGE_OPERATORS)).isTrue();
        assertThat(Role.OWNER.outranks(Role.ADMIN)).isTrue();
        assertThat(Role.VIEWER.outranks(Role.MEMBER)).isFalse();
    }
}
