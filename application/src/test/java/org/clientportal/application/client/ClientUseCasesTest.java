package org.clientportal.application.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.TransitionNotAllowed;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class ClientUseCasesTest {

    private final TestAgency agency = new TestAgency();

    private AuditEvent lastEvent() {
        var all = agency.fakes.auditTrail.all();
        return all.get(all.size() - 1);
    }

    @Test
    void aNewClient_isALead_andItsCreationIsAudited() {
        Client client = agency.features.clients.createClient().execute(agency.owner,
                new ClientInput("Acme Ltd", "Ops@Acme.test", "Acme", null, null));

        assertThat(client.status()).isEqualTo(ClientStatus.LEAD);
        assertThat(client.profile().email()).map(Object::toString).contains("ops@acme.test");
        AuditEvent event = lastEvent();
        assertThat(event.action()).isEqualTo("client.created");
        assertThat(event.entityId()).isEqualTo(client.id().toString());
        assertThat(event.actor()).isEqualTo(agency.owner.principal().name()).startsWith("operator:");
        assertThat(event.before()).isEmpty();
        assertThat(event.after().orElseThrow()).containsEntry("status", "lead").containsEntry("name", "Acme Ltd");
    }

    @Test
    void aNewClientsTaskKeyPrefix_isTheOneGiven_orDerivedFromItsName_madeUniqueInTheAgency() {
        Client sameNameElsewhere = new TestAgency(agency.fakes).client("Acme");
        Client given = create(new ClientInput("Acme Ltd", null, null, null, "acme"));
        Client derived = create(new ClientInput("Acme", null, null, null, null));
        Client clash = create(new ClientInput("Acme", null, null, null, null));
        Client foreign = create(new ClientInput("山田商事", null, null, null, null));

        assertThat(List.of(given, derived, clash, foreign, sameNameElsewhere))
                .extracting(c -> c.taskKeyPrefix().value())
                .containsExactly("ACME", "ACME2", "ACME3", "CLIENT", "ACME");
        assertThat(sameNameElsewhere.tenantId()).isNotEqualTo(given.tenantId());
        assertThat(lastEvent().after().orElseThrow()).containsEntry("taskKeyPrefix", "CLIENT");
    }

    @Test
    void manyClientsOfOneName_getDistinctPrefixes_inAFewTriesEach_notOnePerClientBefore() {
        List<String> prefixes = IntStream.range(0, 200)
                .mapToObj(n -> create(new ClientInput("山田商事", null, null, null, null)).taskKeyPrefix().value())
                .toList();

        assertThat(prefixes).doesNotHaveDuplicates().allMatch(p -> p.matches("CLIENT[0-9]{0,4}|CLIEN[0-9]{5}|CLIE[0-9]{6}|CLI[0-9]{7}"));
        assertThat(prefixes.subList(0, 10)).containsExactly("CLIENT", "CLIENT2", "CLIENT3", "CLIENT4", "CLIENT5",
                "CLIENT6", "CLIENT7", "CLIENT8", "CLIENT9", "CLIENT10");
        // In order only, the 200th alone would have taken 199 tries, and all of them 19,900.
        assertThat(agency.fakes.clients.refusedForTheirPrefix()).isLessThan(4_000);
    }

    @Test
    void aTakenOrMalformedTaskKeyPrefix_isRefused() {
        create(new ClientInput("Acme", null, null, null, "ACME"));

        assertThatThrownBy(() -> create(new ClientInput("Another Acme", null, null, null, "Acme")))
                .isInstanceOfSatisfying(AlreadyExists.class,
                        e -> assertThat(e.code()).isEqualTo("client.task-key-prefix-taken"));
        assertThatThrownBy(() -> create(new ClientInput("Acme", null, null, null, "AC-ME")))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("taskKeyPrefix: must be 2-10 letters or digits, starting with a letter");
    }

    @Test
    void theTaskKeyPrefix_changesByPatch_untilTheClientHasATask() {
        Client client = create(new ClientInput("Acme", null, null, null, null));
        Client renamed = update(client, prefix("acm"));
        Project project = agency.project(renamed, "Site");
        agency.task(project, "First");

        assertThat(renamed.taskKeyPrefix().value()).isEqualTo("ACM");
        assertThat(renamed.version()).isEqualTo(client.version() + 1);
        assertThat(lastEventOf("client.updated").after().orElseThrow()).containsEntry("taskKeyPrefix", "ACM");
        assertThatThrownBy(() -> update(renamed, prefix("NEW")))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(((RuleViolated) e).code()).isEqualTo("client.task-key-prefix-in-use"));
        assertThat(update(renamed, prefix("acm")).version()).as("the same prefix in another case is no change")
                .isEqualTo(renamed.version());
    }

    @Test
    void aPatchToATakenPrefix_isRefused_andAPatchClearingIt_isAValidationError() {
        create(new ClientInput("Globex", null, null, null, "GLX"));
        Client client = create(new ClientInput("Acme", null, null, null, null));

        assertThatThrownBy(() -> update(client, prefix("GLX")))
                .isInstanceOfSatisfying(AlreadyExists.class,
                        e -> assertThat(e.code()).isEqualTo("client.task-key-prefix-taken"));
        assertThatThrownBy(() -> update(client, prefix(null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("taskKeyPrefix: is required");
        assertThat(agency.features.clients.getClient().execute(agency.owner, client.id().toString()).taskKeyPrefix())
                .isEqualTo(client.taskKeyPrefix());
    }

    private Client create(ClientInput input) {
        return agency.features.clients.createClient().execute(agency.owner, input);
    }

    private Client update(Client client, ClientChanges changes) {
        return agency.features.clients.updateClient().execute(agency.owner, client.id().toString(), changes);
    }

    private static ClientChanges prefix(String prefix) {
        return new ClientChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to(prefix),
                Optional.empty());
    }

    private AuditEvent lastEventOf(String action) {
        List<AuditEvent> all = agency.fakes.auditTrail.all().stream().filter(e -> e.action().equals(action)).toList();
        return all.get(all.size() - 1);
    }

    @Test
    void badInput_namesEveryBadField() {
        assertThatThrownBy(() -> agency.features.clients.createClient().execute(agency.owner,
                new ClientInput("", "not-an-email", "x".repeat(201), null, null)))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("name: is required")
                .hasMessageContaining("email:")
                .hasMessageContaining("company: must be at most 200 characters");
    }

    @Test
    void aViewer_cannotCreateClients() {
        var viewer = agency.operatorWithRole("viewer");
        assertThatThrownBy(() -> agency.features.clients.createClient().execute(viewer, new ClientInput("X", null, null, null, null)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void givenALead_movingItToActive_isRefusedWithTheAllowedMoves() {
        Client lead = agency.client("Lead");
        assertThatThrownBy(() -> agency.features.clients.transitionClient().execute(agency.owner, lead.id().toString(),
                new TransitionCommand("active", null, Optional.empty())))
                .isInstanceOf(TransitionNotAllowed.class)
                .satisfies(e -> assertThat(((TransitionNotAllowed) e).allowed()).containsExactly("onboarding", "offboarded"));
    }

    @Test
    void anUnknownTargetStatus_isAValidationError() {
        Client lead = agency.client("Lead");
        assertThatThrownBy(() -> agency.features.clients.transitionClient().execute(agency.owner, lead.id().toString(),
                new TransitionCommand("gone", null, Optional.empty())))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("to: must be one of");
    }

    @Test
    void givenAnActiveProject_offboardingTheClient_isRefused_andNothingChanges() {
        Client client = agency.clientIn("onboarding", "active");
        agency.move(agency.project(client, "Site"), "active");

        assertThatThrownBy(() -> agency.features.clients.transitionClient().execute(agency.owner, client.id().toString(),
                new TransitionCommand("offboarded", "contract ended", Optional.empty())))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(((RuleViolated) e).code()).isEqualTo("client.has-open-projects"));
        assertThat(agency.features.clients.getClient().execute(agency.owner, client.id().toString()).status())
                .isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void aTransition_recordsTheReasonInTheAudit() {
        Client client = agency.client("Lead");
        agency.features.clients.transitionClient().execute(agency.owner, client.id().toString(),
                new TransitionCommand("offboarded", "went elsewhere", Optional.empty()));

        AuditEvent event = lastEvent();
        assertThat(event.action()).isEqualTo("client.transitioned");
        assertThat(event.before().orElseThrow()).containsEntry("status", "lead");
        assertThat(event.after().orElseThrow()).containsEntry("status", "offboarded").containsEntry("reason", "went elsewhere");
    }

    @Test
    void anUpdateBasedOnAStaleVersion_isRefused() {
        Client client = agency.client("Acme");
        ClientChanges rename = new ClientChanges(Change.to("Acme 2"), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), Optional.of(client.version() + 1));
        assertThatThrownBy(() -> agency.features.clients.updateClient().execute(agency.owner, client.id().toString(), rename))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void anUpdate_changesOnlyTheGivenFields_andNullClearsOne() {
        Client client = agency.features.clients.createClient().execute(agency.owner,
                new ClientInput("Acme", "a@acme.test", "Acme Inc", "+44 1", null));
        Client updated = agency.features.clients.updateClient().execute(agency.owner, client.id().toString(),
                new ClientChanges(Change.keep(), Change.keep(), Change.to(null), Change.to("+44 2"), Change.keep(),
                        Optional.of(client.version())));

        assertThat(updated.profile().name()).isEqualTo("Acme");
        assertThat(updated.profile().email()).isPresent();
        assertThat(updated.profile().company()).isEmpty();
        assertThat(updated.profile().phone()).contains("+44 2");
        assertThat(updated.version()).isEqualTo(client.version() + 1);
    }

    @Test
    void anotherTenantsClient_isNotFound() {
        TestAgency other = new TestAgency(agency.fakes);
        Client theirs = other.client("Theirs");
        assertThatThrownBy(() -> agency.features.clients.getClient().execute(agency.owner, theirs.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> agency.features.clients.transitionClient().execute(agency.owner, theirs.id().toString(),
                new TransitionCommand("onboarding", null, Optional.empty())))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void search_filtersByStatusAndText_andPagesWithACursor() {
        agency.client("Northwind");
        agency.clientIn("onboarding");
        agency.features.clients.createClient().execute(agency.owner, new ClientInput("Zed", "hello@northwind.test", null, null, null));

        var byText = agency.features.clients.searchClients().execute(agency.owner, List.of(), "NORTHWIND", PageInput.firstPage());
        assertThat(byText.items()).extracting(c -> c.profile().name()).containsExactly("Zed", "Northwind");

        var onboarding = agency.features.clients.searchClients().execute(agency.owner, List.of("onboarding"), null,
                PageInput.firstPage());
        assertThat(onboarding.items()).hasSize(1);
        var either = agency.features.clients.searchClients().execute(agency.owner, List.of("onboarding", "LEAD", ""), null,
                PageInput.firstPage());
        assertThat(either.items()).hasSize(3);

        var first = agency.features.clients.searchClients().execute(agency.owner, List.of(), null, new PageInput("2", null));
        var second = agency.features.clients.searchClients().execute(agency.owner, List.of(), null,
                new PageInput("2", first.next().orElseThrow().encode()));
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.next()).isEmpty();
    }

    @Test
    void search_refusesACursorOfOtherFilters_orOfAnotherAgency() {
        agency.client("One");
        agency.client("Two");
        var search = agency.features.clients.searchClients();
        String cursor = search.execute(agency.owner, List.of(), null, new PageInput("1", null)).next().orElseThrow().encode();
        TestAgency other = new TestAgency(agency.fakes);

        assertThat(search.execute(agency.owner, List.of(), null, new PageInput("1", cursor)).items())
                .extracting(c -> c.profile().name()).containsExactly("One");
        assertThatThrownBy(() -> search.execute(agency.owner, List.of("lead"), null, new PageInput("1", cursor)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor: was issued for other filters");
        assertThatThrownBy(() -> search.execute(agency.owner, List.of(), "one", new PageInput("1", cursor)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor: was issued for other filters");
        assertThatThrownBy(() -> search.execute(other.owner, List.of(), null, new PageInput("1", cursor)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor: was issued to another agency");
        assertThatThrownBy(() -> agency.features.projects.searchProjects().execute(agency.owner, null, List.of(), null,
                new PageInput("1", cursor)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor: belongs to the list of clients");
    }

    @Test
    void search_refusesAnUnknownStatusABadLimitAndABadCursor() {
        var search = agency.features.clients.searchClients();
        assertThatThrownBy(() -> search.execute(agency.owner, List.of("lead", "gone"), null, PageInput.firstPage()))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("status");
        assertThatThrownBy(() -> search.execute(agency.owner, List.of(), null, new PageInput("0", null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> search.execute(agency.owner, List.of(), null, new PageInput("101", null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> search.execute(agency.owner, List.of(), null, new PageInput("ten", null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> search.execute(agency.owner, List.of(), null, new PageInput(null, "garbage!")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor");
    }
}
