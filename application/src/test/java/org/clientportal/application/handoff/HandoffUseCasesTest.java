package org.clientportal.application.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.project.MilestoneInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

/** A client's handoff summary over the fakes. */
class HandoffUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final GetHandoff handoff = agency.features.handoff.getHandoff();

    @Test
    void onlyWorkUnderWay_isSummed_withTheNextMilestonesSoonestFirst() {
        Client acme = agency.client("Acme");
        Project site = agency.project(acme, "Website");
        agency.move(agency.project(acme, "Old site"), "cancelled");
        agency.move(agency.task(site, "Done already"), "done");
        agency.task(site, "Still open");
        agency.features.projects.replaceMilestones().execute(agency.owner, site.id().toString(), List.of(
                new MilestoneInput("later", "Later", List.of(), "2026-03-01", null),
                new MilestoneInput("sooner", "Sooner", List.of(), "2026-02-01", null),
                new MilestoneInput("someday", "Someday", List.of(), null, null),
                new MilestoneInput("soonest", "Soonest", List.of(), "2026-01-20", null)), Optional.empty());

        Handoff summary = handoff.execute(agency.operatorWithRole("viewer"), acme.id().toString());

        assertThat(summary.projects()).extracting(p -> p.project().details().name()).containsExactly("Website");
        assertThat(summary.projects().get(0).nextMilestones()).extracting(m -> m.key().value())
                .containsExactly("soonest", "sooner", "later");
        assertThat(summary.openTasks()).extracting(t -> t.task().details().title()).containsExactly("Still open");
        assertThat(summary.openTasks().get(0).sla()).isEmpty();
        assertThat(summary.history()).isNotEmpty();
        assertThat(summary.capacity().budgets()).isEmpty();
    }

    @Test
    void anUnknownClient_orAnotherAgencys_isNotFound() {
        Client theirs = new TestAgency(agency.fakes).client("Theirs");

        assertThatThrownBy(() -> handoff.execute(agency.owner, theirs.id().toString())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> handoff.execute(agency.owner, "nope")).isInstanceOf(NotFound.class);
    }
}
