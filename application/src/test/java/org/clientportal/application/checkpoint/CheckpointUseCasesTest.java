package org.clientportal.application.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.job.Job;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointRules;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskSource;
import org.junit.jupiter.api.Test;

/** Recurring checkpoints over the fakes: planned by operators, made tasks of by the job on their days. */
class CheckpointUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final CheckpointFeature checkpoints = agency.features.checkpoints;
    private final Client acme = agency.clientIn("onboarding");
    private final Project site = agency.move(agency.project(acme, "Website"), "active");

    private Job job() {
        return agency.features.jobs.jobs().stream().filter(j -> j.name().equals("recurring-checkpoints")).findFirst()
                .orElseThrow();
    }

    private List<Task> checkpointTasks() {
        return agency.fakes.tasks.all().stream().filter(t -> t.source() == TaskSource.CHECKPOINT).toList();
    }

    @Test
    void aWeeklyCheckpoint_becomesATaskOnItsDay_once_andMovesOnAWeek() {
        Checkpoint planned = checkpoints.planCheckpoint().execute(agency.owner, new PlanCheckpointCommand(
                site.id().toString(), "Status review", "week", "friday", null, "client"));
        assertThat(planned.nextOn()).isEqualTo(LocalDate.parse("2026-01-09"));

        agency.fakes.clock.advance(Duration.ofDays(3));
        assertThat(agency.features.jobs.runJob().run(job(), Instant.parse("2026-01-08T04:15:00Z")))
                .contains(JobOutcome.SUCCEEDED);
        assertThat(checkpointTasks()).isEmpty();
        agency.fakes.clock.advance(Duration.ofDays(1));
        agency.features.jobs.runJob().run(job(), Instant.parse("2026-01-09T04:15:00Z"));
        agency.features.jobs.runJob().run(job(), Instant.parse("2026-01-09T04:15:00Z"));

        assertThat(checkpointTasks()).singleElement().satisfies(task -> {
            assertThat(task.details().title()).isEqualTo("Status review (2026-01-09)");
            assertThat(task.details().dueDate()).contains(LocalDate.parse("2026-01-09"));
            assertThat(task.details().visibility().name()).isEqualTo("CLIENT");
        });
        assertThat(checkpoints.listCheckpoints().execute(agency.operatorWithRole("viewer"), site.id().toString()))
                .extracting(Checkpoint::nextOn).containsExactly(LocalDate.parse("2026-01-16"));
        assertThat(agency.fakes.auditTrail.all()).anyMatch(e -> e.action().equals("task.created")
                && e.actor().equals("system:recurring-checkpoints"));
    }

    @Test
    void aClosedProject_getsNoTask_butItsCheckpointMovesOn_andARemovedOneMakesNone() {
        checkpoints.planCheckpoint().execute(agency.owner, new PlanCheckpointCommand(site.id().toString(),
                "Monthly call", "month", "5", null, null));
        Project other = agency.move(agency.project(acme, "Later"), "active");
        Checkpoint removed = checkpoints.planCheckpoint().execute(agency.owner, new PlanCheckpointCommand(
                other.id().toString(), "Gone", "week", "monday", null, null));
        checkpoints.removeCheckpoint().execute(agency.owner, removed.id().toString());
        agency.move(agency.move(site, "on_hold"), "cancelled");

        agency.features.jobs.runJob().run(job(), Instant.parse("2026-01-05T04:15:00Z"));

        assertThat(checkpointTasks()).isEmpty();
        assertThat(checkpoints.listCheckpoints().execute(agency.owner, site.id().toString()))
                .extracting(Checkpoint::nextOn).containsExactly(LocalDate.parse("2026-02-05"));
        assertThat(checkpoints.listCheckpoints().execute(agency.owner, other.id().toString())).isEmpty();
    }

    @Test
    void moreCheckpointsDueThanABatch_allBecomeTasksInOneRun() {
        for (int p = 0; p < 26; p++) {
            Project project = agency.move(agency.project(acme, "Retainer " + p), "active");
            for (int c = 0; c < CheckpointRules.PER_PROJECT_MAX; c++) {
                checkpoints.planCheckpoint().execute(agency.owner, new PlanCheckpointCommand(project.id().toString(),
                        "Review " + c, "week", "monday", null, null));
            }
        }

        agency.features.jobs.runJob().run(job(), Instant.parse("2026-01-12T04:15:00Z"));

        assertThat(checkpointTasks()).hasSize(26 * CheckpointRules.PER_PROJECT_MAX);
    }

    @Test
    void aProjectsTwentyFirstCheckpoint_andAViewersFirst_areRefused() {
        for (int c = 0; c < CheckpointRules.PER_PROJECT_MAX; c++) {
            checkpoints.planCheckpoint().execute(agency.owner, new PlanCheckpointCommand(site.id().toString(),
                    "Review " + c, "month", "1", null, null));
        }
        PlanCheckpointCommand oneMore = new PlanCheckpointCommand(site.id().toString(), "One more", "month", "2",
                null, null);

        assertThat(catchThrowableOfType(RuleViolated.class,
                () -> checkpoints.planCheckpoint().execute(agency.owner, oneMore)).code())
                .isEqualTo("checkpoint.too-many");
        assertThatThrownBy(() -> checkpoints.planCheckpoint().execute(agency.operatorWithRole("viewer"), oneMore))
                .isInstanceOf(AccessDenied.class);
        assertThat(checkpoints.listCheckpoints().execute(agency.owner, site.id().toString()))
                .hasSize(CheckpointRules.PER_PROJECT_MAX);
    }

    @Test
    void badCheckpoints_areRefused_namingWhatWasWrong() {
        assertThat(fields(new PlanCheckpointCommand(site.id().toString(), "", "fortnight", "friday", "soon", "x")))
                .containsExactly("title", "every", "startsOn", "visibility");
        assertThat(fields(new PlanCheckpointCommand(site.id().toString(), "Call", "month", "31", null, null)))
                .containsExactly("on");
        assertThat(fields(new PlanCheckpointCommand(site.id().toString(), "Call", "week", "someday", null, null)))
                .containsExactly("on");
        assertThatThrownBy(() -> checkpoints.planCheckpoint().execute(agency.owner, new PlanCheckpointCommand(
                "00000000-0000-0000-0000-000000000000", "Call", "week", "friday", null, null)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> checkpoints.removeCheckpoint().execute(agency.owner, "nope"))
                .isInstanceOf(NotFound.class);
    }

    private List<String> fields(PlanCheckpointCommand command) {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class,
                () -> checkpoints.planCheckpoint().execute(agency.owner, command));
        assertThat(failed).isNotNull();
        return failed.fieldErrors().stream().map(FieldError::field).toList();
    }
}
