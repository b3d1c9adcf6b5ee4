package org.clientportal.application.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.task.CreateTaskCommand;
import org.clientportal.application.task.TaskInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.junit.jupiter.api.Test;

/** An operator's digest over the fakes: what is theirs and due, what is at risk, what came in since yesterday. */
class DigestUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final GetDigest digest = agency.features.queue.getDigest();

    private Task task(Project project, String title, String dueDate, String assignee) {
        return agency.features.tasks.createTask().execute(agency.owner, new CreateTaskCommand(project.id().toString(),
                new TaskInput(title, null, null, dueDate, assignee, null))).task();
    }

    @Test
    void theDigest_holdsTheOperatorsOpenTasksDueByTomorrow_andWhatCameInSinceYesterday() {
        Client acme = agency.client("Acme");
        Project site = agency.share(agency.project(acme, "Website"));
        Actor member = agency.operatorWithRole("member");
        String me = TestAgency.operatorIdOf(member);
        LocalDate today = LocalDate.parse("2026-01-05");
        task(site, "Overdue", today.minusDays(3).toString(), me);
        task(site, "Tomorrow", today.plusDays(1).toString(), me);
        task(site, "Next week", today.plusDays(7).toString(), me);
        task(site, "Someone else's", today.toString(), null);
        agency.move(task(site, "Done already", today.toString(), me), "done");
        Actor ada = agency.signedInContact(acme, "Ada", "request");
        agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(site.id().toString(), "question",
                "Can we add a blog?", null));
        agency.fakes.clock.advance(Duration.ofDays(2));
        agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(site.id().toString(), "task",
                "Pricing page", null));

        Digest mine = digest.execute(member, null);

        assertThat(mine.operator().id().toString()).isEqualTo(me);
        assertThat(mine.day()).isEqualTo(today.plusDays(2));
        assertThat(mine.due()).extracting(t -> t.details().title()).containsExactly("Overdue", "Tomorrow");
        assertThat(mine.arrived()).extracting(i -> i.title()).containsExactly("Pricing page");
        assertThat(mine.arrived().get(0).kind()).isEqualTo(QueueItemKind.REQUEST_AWAITING_ACCEPTANCE);
        assertThat(mine.newSince()).isEqualTo(today.plusDays(1).atStartOfDay(mine.zone()).toInstant());
        assertThat(digest.execute(agency.owner, me).due()).hasSize(2);
        assertThat(digest.execute(agency.owner, null).due()).isEmpty();
    }

    @Test
    void anUnknownOperator_isNotFound_andAMalformedId_isBadInput() {
        assertThatThrownBy(() -> digest.execute(agency.owner, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> digest.execute(agency.owner, "me"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("operatorId"));
        Actor theirs = new TestAgency(agency.fakes).owner;
        assertThatThrownBy(() -> digest.execute(theirs, TestAgency.operatorIdOf(agency.owner)))
                .isInstanceOf(NotFound.class);
    }
}
