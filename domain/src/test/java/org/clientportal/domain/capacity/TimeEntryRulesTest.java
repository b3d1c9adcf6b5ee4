package org.clientportal.domain.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.Rejection;
import org.clientportal.domain.task.TaskId;
import org.junit.jupiter.api.Test;

class TimeEntryRulesTest {

    private final OperatorId olive = new OperatorId(UUID.randomUUID());
    private final OperatorId sam = new OperatorId(UUID.randomUUID());
    private final TimeEntry olivesEntry = TimeEntry.log(new TimeEntryId(UUID.randomUUID()), TestClients.TENANT,
            new ClientId(UUID.randomUUID()), Optional.empty(), Optional.empty(), olive,
            new TimeSpent(90, LocalDate.parse("2026-01-05"), Optional.empty(), true), TestClients.T0);

    @Test
    void timeIsLogged_forAnyClientButAnOffboardedOne() {
        assertThat(TimeEntryRules.mayLogTime(ClientStatus.LEAD)).isEmpty();
        assertThat(TimeEntryRules.mayLogTime(ClientStatus.PAUSED)).isEmpty();
        assertThat(TimeEntryRules.mayLogTime(ClientStatus.OFFBOARDED)).map(Rejection::code)
                .contains("time-entry.client-offboarded");
    }

    @Test
    void anOperatorChangesTheirOwnEntries_andOneWhoManagesCapacity_anyones() {
        assertThat(TimeEntryRules.mayChange(olivesEntry, olive, false)).isEmpty();
        assertThat(TimeEntryRules.mayChange(olivesEntry, sam, true)).isEmpty();
        assertThat(TimeEntryRules.mayChange(olivesEntry, sam, false)).map(Rejection::kind).contains(ErrorKind.FORBIDDEN);
        assertThat(TimeEntryRules.mayLogFor(olive, sam, false)).map(Rejection::code).contains("time-entry.not-yours");
        assertThat(TimeEntryRules.mayLogFor(olive, sam, true)).isEmpty();
    }

    @Test
    void minutes_areWholeAndAtMostADay() {
        assertThat(TimeSpent.minutes(1440)).isEqualTo(1440);
        assertThatThrownBy(() -> TimeSpent.minutes(0)).hasMessageContaining("between 1 and 1440");
        assertThatThrownBy(() -> TimeSpent.minutes(1441)).hasMessageContaining("between 1 and 1440");
    }

    @Test
    void aChangeToNothingNew_isTheSameEntry_andAnEntryOnATask_isOnItsProjectToo() {
        assertThat(olivesEntry.with(olivesEntry.spent(), TestClients.T0.plusSeconds(1))).isSameAs(olivesEntry);
        assertThatThrownBy(() -> new TimeEntry(olivesEntry.id(), TestClients.TENANT, olivesEntry.clientId(),
                Optional.empty(), Optional.of(new TimeEntryTask(new TaskId(UUID.randomUUID()),
                new TaskKey("ACME-1"))), olive, olivesEntry.spent(), 1, TestClients.T0,
                TestClients.T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
