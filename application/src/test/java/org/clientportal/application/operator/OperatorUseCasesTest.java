package org.clientportal.application.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class OperatorUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final String ownerId = agency.registration.owner().id().toString();

    private static OperatorChanges role(String role) {
        return new OperatorChanges(Change.to(role), Change.keep(), Optional.empty());
    }

    @Test
    void anOwner_addsAnOperator_withAHashedPassword() {
        Operator added = agency.features.operators.addOperator().execute(agency.owner,
                new AddOperatorCommand("Va@Agency.test", "Val Assistant", "member", "a long password"));

        assertThat(added.role()).isEqualTo(Role.MEMBER);
        assertThat(added.email().value()).isEqualTo("va@agency.test");
        assertThat(added.passwordHash()).isNotEqualTo("a long password");
        assertThat(agency.features.operators.listOperators().execute(agency.owner, PageInput.firstPage()).items()).hasSize(2);
    }

    @Test
    void theTeam_isListedByNameByDefault_inPagesOfTheRequestedSize_orByCreation() {
        for (String name : List.of("zed", "Bea", "amy")) {
            agency.features.operators.addOperator().execute(agency.owner,
                    new AddOperatorCommand(name + "@agency.test", name, "member", "a long password"));
        }
        ListOperators list = agency.features.operators.listOperators();

        var first = list.execute(agency.owner, new PageInput("2", null));
        var second = list.execute(agency.owner, new PageInput("2", first.next().orElseThrow().encode()));
        var byCreation = list.execute(agency.owner, new PageInput(null, null, "-createdAt"));

        assertThat(first.items()).extracting(Operator::name).containsExactly("amy", "Bea");
        assertThat(second.items()).extracting(Operator::name).containsExactly("Olive Owner", "zed");
        assertThat(second.next()).isEmpty();
        assertThat(byCreation.items()).extracting(Operator::name).containsExactly("amy", "Bea", "zed", "Olive Owner");
        assertThatThrownBy(() -> list.execute(agency.owner, new PageInput(null, null, "email")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("sort: must be one of name, -name, createdAt, -createdAt");
        assertThatThrownBy(() -> list.execute(agency.owner, new PageInput("101", null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("limit");
    }

    @Test
    void aTakenEmail_aShortPasswordAndAnUnknownRole_areRefused() {
        assertThatThrownBy(() -> agency.features.operators.addOperator().execute(agency.owner, new AddOperatorCommand(
                agency.registration.owner().email().value(), "Twin", "member", "a long password")))
                .isInstanceOf(AlreadyExists.class);
        assertThatThrownBy(() -> agency.features.operators.addOperator().execute(agency.owner, new AddOperatorCommand(
                "x@agency.test", "X", "boss", "short")))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("role: must be one of owner, admin, member, viewer")
                .hasMessageContaining("password: must be at least 10 characters");
    }

    @Test
    void membersAndViewers_cannotManageOperators() {
        for (String role : new String[] {"member", "viewer"}) {
            Actor actor = agency.operatorWithRole(role);
            assertThatThrownBy(() -> agency.features.operators.addOperator().execute(actor,
                    new AddOperatorCommand("n@agency.test", "N", "viewer", "a long password")))
                    .isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> agency.features.operators.removeOperator().execute(actor, ownerId))
                    .isInstanceOf(AccessDenied.class);
        }
    }

    @Test
    void theLastOwner_cannotBeDemotedOrRemoved() {
        assertThatThrownBy(() -> agency.features.operators.changeOperator().execute(agency.owner, ownerId, role("admin")))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("last owner");
        assertThatThrownBy(() -> agency.features.operators.removeOperator().execute(agency.owner, ownerId))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("last owner");
    }

    @Test
    void givenASecondOwner_theFirstCanStepDown() {
        Actor second = agency.operatorWithRole("owner");
        Operator demoted = agency.features.operators.changeOperator().execute(second, ownerId, role("admin"));
        assertThat(demoted.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anAdmin_cannotGrantOwnership() {
        Actor admin = agency.operatorWithRole("admin");
        assertThatThrownBy(() -> agency.features.operators.addOperator().execute(admin,
                new AddOperatorCommand("o2@agency.test", "O", "owner", "a long password")))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(((RuleViolated) e).kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void removingAnOperator_endsTheirSessions_andIsAudited() {
        Actor member = agency.operatorWithRole("member");
        var session = agency.features.sessions.logIn().execute(new org.clientportal.application.session.LogInCommand(
                agency.registration.tenant().slug().value(),
                agency.features.operators.listOperators().execute(agency.owner, new PageInput(null, null, "createdAt")).items().get(1).email().value(),
                "long enough password", "198.51.100.4"));

        agency.features.operators.removeOperator().execute(agency.owner, TestAgency.operatorIdOf(member));

        assertThat(agency.fakes.sessions.findAndTouch(session.session().id(), java.time.Duration.ofHours(1))).isEmpty();
        assertThat(agency.fakes.auditTrail.all()).extracting(e -> e.action()).contains("operator.removed");
        assertThatThrownBy(() -> agency.features.operators.removeOperator().execute(agency.owner, TestAgency.operatorIdOf(member)))
                .isInstanceOf(NotFound.class);
    }
}
