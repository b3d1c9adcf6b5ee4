package org.clientportal.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.fixtures.TestTasks;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.TransitionNotAllowed;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskLifecycleTest {

    /** The lifecycle as documented in docs/domain.md, written out independently of the table. */
    private static final Map<TaskStatus, Set<TaskStatus>> DOCUMENTED = Map.of(
            TaskStatus.REQUESTED, Set.of(TaskStatus.OPEN, TaskStatus.CANCELLED),
            TaskStatus.OPEN, Set.of(TaskStatus.IN_PROGRESS, TaskStatus.WAITING_ON_CLIENT, TaskStatus.DONE,
                    TaskStatus.CANCELLED),
            TaskStatus.IN_PROGRESS, Set.of(TaskStatus.OPEN, TaskStatus.WAITING_ON_CLIENT, TaskStatus.DONE,
                    TaskStatus.CANCELLED),
            TaskStatus.WAITING_ON_CLIENT, Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE,
                    TaskStatus.CANCELLED),
            TaskStatus.DONE, Set.of(TaskStatus.OPEN),
            TaskStatus.CANCELLED, Set.of(TaskStatus.OPEN));

    private final Instant later = TestClients.T0.plusSeconds(60);

    static Stream<Arguments> everyPair() {
        return Stream.of(TaskStatus.values())
                .flatMap(from -> Stream.of(TaskStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsAllowedExactlyWhenDocumented(TaskStatus from, TaskStatus to) {
        Task task = TestTasks.inStatus(from);
        Optional<String> reason = Optional.of("a reason");
        if (DOCUMENTED.get(from).contains(to)) {
            Task moved = task.transitionTo(to, reason, later);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(task.version() + 1);
            assertThat(moved.updatedAt()).isEqualTo(later);
        } else {
            assertThatThrownBy(() -> task.transitionTo(to, reason, later))
                    .isInstanceOfSatisfying(TransitionNotAllowed.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("task.transition-not-allowed");
                        assertThat(refusal.current()).isEqualTo(from.name().toLowerCase());
                        assertThat(refusal.allowed()).containsExactlyInAnyOrderElementsOf(
                                DOCUMENTED.get(from).stream().map(s -> s.name().toLowerCase()).toList());
                    });
        }
    }

    @Test
    void anOperatorsTaskStartsOpen_aClientsRequestStartsRequested() {
        assertThat(TestTasks.aTask(TaskSource.OPERATOR).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(TestTasks.aTask(TaskSource.PORTAL).status()).isEqualTo(TaskStatus.REQUESTED);
        assertThat(TestTasks.aTask(TaskSource.PORTAL).version()).isEqualTo(1);
    }

    @Test
    void givenARequest_decliningItWithoutAReason_isRefusedNamingTheReasonField() {
        Task request = TestTasks.aTask(TaskSource.PORTAL);

        assertThatThrownBy(() -> request.transitionTo(TaskStatus.CANCELLED, Optional.empty(), later))
                .isInstanceOfSatisfying(ValidationFailed.class, failed -> assertThat(failed.fieldErrors())
                        .extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void givenARequest_decliningIt_keepsTheReasonOnTheTask_untilItIsReopened() {
        Task declined = TestTasks.aTask(TaskSource.PORTAL)
                .transitionTo(TaskStatus.CANCELLED, Optional.of("Out of scope for this contract"), later);
        Task reopened = declined.transitionTo(TaskStatus.OPEN, Optional.empty(), later);

        assertThat(declined.declineReason()).contains("Out of scope for this contract");
        assertThat(reopened.declineReason()).isEmpty();
    }

    @Test
    void cancellingWorkThatWasNoRequest_needsNoReason_andKeepsNoneOnTheTask() {
        Task cancelled = TestTasks.inStatus(TaskStatus.IN_PROGRESS)
                .transitionTo(TaskStatus.CANCELLED, Optional.of("superseded"), later);
        Task cancelledSilently = TestTasks.inStatus(TaskStatus.OPEN)
                .transitionTo(TaskStatus.CANCELLED, Optional.empty(), later);

        assertThat(cancelled.declineReason()).isEmpty();
        assertThat(cancelledSilently.status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void givenADoneTask_movingToInProgress_isRefusedNamingTheOneAllowedMove() {
        Task done = TestTasks.inStatus(TaskStatus.DONE);
        assertThatThrownBy(() -> done.transitionTo(TaskStatus.IN_PROGRESS, Optional.empty(), later))
                .isInstanceOf(TransitionNotAllowed.class)
                .hasMessageContaining("allowed: open");
    }

    @Test
    void editingDetails_keepsStatusAndKey_andCountsAVersion() {
        Task task = TestTasks.inStatus(TaskStatus.WAITING_ON_CLIENT);
        TaskDetails urgent = new TaskDetails("Fix the logo today", Optional.of("It is blurry"), TaskPriority.URGENT,
                Optional.empty(), Optional.empty(), org.clientportal.domain.shared.Visibility.CLIENT);

        Task edited = task.withDetails(urgent, later);

        assertThat(edited.details()).isEqualTo(urgent);
        assertThat(edited.status()).isEqualTo(TaskStatus.WAITING_ON_CLIENT);
        assertThat(edited.key()).isEqualTo(task.key());
        assertThat(edited.version()).isEqualTo(task.version() + 1);
        assertThat(edited.createdAt()).isEqualTo(task.createdAt());
        assertThat(edited.updatedAt()).isEqualTo(later);
    }
}
