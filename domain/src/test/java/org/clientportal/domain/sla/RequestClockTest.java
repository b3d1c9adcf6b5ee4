package org.clientportal.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

class RequestClockTest {

    /** Monday 21 December 2026, 09:00 UTC: the default hours' working day begins. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-12-21T09:00:00Z");

    private static final TaskKey KEY = TaskKey.parse("ACME-7");

    private static RequestClock filedMondayAtNine(TaskPriority priority) {
        return RequestClock.start(TestClients.TENANT, new ClientId(UUID.randomUUID()), KEY, Optional.of(KEY), priority,
                MONDAY_NINE);
    }

    private static Instant monday(int hour, int minute) {
        return MONDAY_NINE.plusSeconds((hour - 9) * 3600L + minute * 60L);
    }

    private static SlaReading read(RequestClock clock, Instant now) {
        return clock.readAt(BusinessHours.DEFAULT, SlaPolicy.DEFAULT, now);
    }

    @Test
    void aNewRequest_isOnTrack_withItsPrioritysDueTimes() {
        SlaReading reading = read(filedMondayAtNine(TaskPriority.URGENT), monday(9, 30));

        assertThat(reading.state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(reading.firstResponseDue()).isEqualTo(monday(10, 0));
        assertThat(reading.resolutionDue()).isEqualTo(monday(17, 0));
        assertThat(reading.elapsedBusinessMinutes()).isEqualTo(30);
        assertThat(reading.paused()).isFalse();
    }

    @Test
    void seventyFivePercentOfAPendingTarget_isAtRisk_andAllOfIt_isBreached() {
        RequestClock clock = filedMondayAtNine(TaskPriority.URGENT);

        assertThat(read(clock, monday(9, 44)).state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(read(clock, monday(9, 45)).state()).isEqualTo(SlaState.AT_RISK);
        assertThat(read(clock, monday(10, 0)).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aTimelyFirstResponse_leavesOnlyTheResolutionTargetRunning() {
        RequestClock answered = filedMondayAtNine(TaskPriority.URGENT).respond(monday(9, 50));

        assertThat(read(answered, monday(10, 30)).state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(read(answered, monday(15, 0)).state()).isEqualTo(SlaState.AT_RISK);
        assertThat(read(answered, monday(10, 30)).firstRespondedAt()).contains(monday(9, 50));
    }

    @Test
    void onlyTheFirstResponseCounts_andALateOne_staysBreached() {
        RequestClock late = filedMondayAtNine(TaskPriority.URGENT).respond(monday(10, 5)).respond(monday(9, 30));

        assertThat(late.firstRespondedAt()).contains(monday(10, 5));
        assertThat(read(late, monday(10, 30)).state()).isEqualTo(SlaState.BREACHED);
        assertThat(read(late.resolve(monday(11, 0)), monday(12, 0)).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void waitingOnTheClient_pausesTheClock_andPushesTheDueTimesOut() {
        RequestClock clock = filedMondayAtNine(TaskPriority.URGENT)
                .taskMoved(TaskStatus.OPEN, TaskStatus.WAITING_ON_CLIENT, monday(9, 30));

        SlaReading paused = read(clock, monday(16, 0));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.elapsedBusinessMinutes()).isEqualTo(30);
        assertThat(paused.state()).isEqualTo(SlaState.ON_TRACK);
        // Were it to run again now, 7h30 of the 8h are left: to 17:00 today, then 6h30 on Tuesday.
        assertThat(paused.resolutionDue()).isEqualTo(Instant.parse("2026-12-22T15:30:00Z"));

        RequestClock resumed = clock.taskMoved(TaskStatus.WAITING_ON_CLIENT, TaskStatus.IN_PROGRESS, monday(16, 0));
        SlaReading running = read(resumed, monday(16, 30));
        assertThat(running.paused()).isFalse();
        assertThat(running.elapsedBusinessMinutes()).isEqualTo(60);
        assertThat(running.resolutionDue()).isEqualTo(Instant.parse("2026-12-22T15:30:00Z"));
    }

    @Test
    void resolving_stopsTheClock_andReopening_leavesTheResolvedTimeOut() {
        RequestClock done = filedMondayAtNine(TaskPriority.NORMAL).respond(monday(9, 10))
                .taskMoved(TaskStatus.IN_PROGRESS, TaskStatus.DONE, monday(11, 0));

        assertThat(read(done, monday(16, 0)).elapsedBusinessMinutes()).isEqualTo(120);
        assertThat(read(done, monday(16, 0)).resolvedAt()).contains(monday(11, 0));

        RequestClock reopened = done.taskMoved(TaskStatus.DONE, TaskStatus.OPEN, monday(15, 0));
        SlaReading reading = read(reopened, monday(16, 0));
        assertThat(reading.resolvedAt()).isEmpty();
        assertThat(reading.elapsedBusinessMinutes()).isEqualTo(180);
    }

    @Test
    void aResolutionAfterItsDueTime_isBreached_forGood() {
        RequestClock clock = filedMondayAtNine(TaskPriority.URGENT).respond(monday(9, 5))
                .resolve(Instant.parse("2026-12-22T10:00:00Z"));

        assertThat(read(clock, Instant.parse("2026-12-30T10:00:00Z")).state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void closingWhileWaiting_endsThePause_andDecliningARequest_resolvesIt() {
        RequestClock closed = filedMondayAtNine(TaskPriority.NORMAL)
                .taskMoved(TaskStatus.OPEN, TaskStatus.WAITING_ON_CLIENT, monday(10, 0))
                .taskMoved(TaskStatus.WAITING_ON_CLIENT, TaskStatus.CANCELLED, monday(12, 0));
        assertThat(closed.pausedSince()).isEmpty();
        assertThat(closed.stops()).containsExactly(new TimeSpan(monday(10, 0), monday(12, 0)));

        RequestClock declined = filedMondayAtNine(TaskPriority.NORMAL)
                .taskMoved(TaskStatus.REQUESTED, TaskStatus.CANCELLED, monday(9, 20));
        assertThat(declined.firstRespondedAt()).contains(monday(9, 20));
        assertThat(declined.resolvedAt()).contains(monday(9, 20));
    }

    @Test
    void anAskHandedToItsTask_runsAtTheTasksPriority_fromWhenItWasFiled() {
        RequestClock ask = RequestClock.start(TestClients.TENANT, new ClientId(UUID.randomUUID()), KEY,
                Optional.empty(), TaskPriority.NORMAL, MONDAY_NINE);

        RequestClock handed = ask.handTo(TaskKey.parse("ACME-8"), TaskPriority.URGENT);
        assertThat(handed.taskKey()).contains(TaskKey.parse("ACME-8"));
        assertThat(read(handed, monday(10, 30)).state()).isEqualTo(SlaState.BREACHED);
        assertThat(read(handed.withPriority(TaskPriority.LOW), monday(10, 30)).state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void aPolicy_needsATargetForEveryPriority_andATargetIsOrdered() {
        Map<TaskPriority, SlaTarget> partial = new EnumMap<>(TaskPriority.class);
        partial.put(TaskPriority.URGENT, SlaTarget.ofMinutes(60, 480));
        assertThatThrownBy(() -> new SlaPolicy(partial)).hasMessageContaining("every priority");
        assertThatThrownBy(() -> SlaTarget.ofMinutes(120, 60)).hasMessageContaining("at least as long");
        assertThatThrownBy(() -> SlaTarget.ofMinutes(0, 60)).hasMessageContaining("from 1 to 43200");
        assertThatThrownBy(() -> SlaTarget.ofMinutes(60, SlaTarget.MINUTES_MAX + 1))
                .hasMessageContaining("from 1 to 43200");
    }
}
