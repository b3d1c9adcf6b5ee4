package org.clientportal.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskRulesTest {

    @ParameterizedTest
    @EnumSource(ProjectStatus.class)
    void aTaskIsCreatedOnlyOnAProjectThatIsNotCompletedOrCancelled(ProjectStatus projectStatus) {
        var verdict = TaskRules.mayCreateTask(projectStatus, ClientStatus.ACTIVE);
        boolean closed = projectStatus == ProjectStatus.COMPLETED || projectStatus == ProjectStatus.CANCELLED;
        assertThat(verdict.map(Rejection::code)).isEqualTo(closed ? java.util.Optional.of("task.project-closed")
                : java.util.Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(ClientStatus.class)
    void aTaskIsCreatedForAnyClientButAnOffboardedOne(ClientStatus clientStatus) {
        var verdict = TaskRules.mayCreateTask(ProjectStatus.PLANNED, clientStatus);
        assertThat(verdict.map(Rejection::code)).isEqualTo(clientStatus == ClientStatus.OFFBOARDED
                ? java.util.Optional.of("task.client-offboarded") : java.util.Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void onAClosedProject_aTaskCanOnlyBeFinished(TaskStatus target) {
        var verdict = TaskRules.mayMoveTask(target, ProjectStatus.COMPLETED);
        boolean finishing = target == TaskStatus.DONE || target == TaskStatus.CANCELLED;
        assertThat(verdict.map(Rejection::code)).isEqualTo(finishing ? java.util.Optional.empty()
                : java.util.Optional.of("task.project-closed"));
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"COMPLETED", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
    void onAProjectNotClosed_everyMoveOfTheTableIsLeftToTheTable(ProjectStatus projectStatus) {
        for (TaskStatus target : TaskStatus.values()) {
            assertThat(TaskRules.mayMoveTask(target, projectStatus)).isEmpty();
        }
    }

    @Test
    void aClientsTaskKeyPrefix_isFixedOnceItHasATask() {
        assertThat(TaskRules.mayChangeTaskKeyPrefix(true)).map(Rejection::code)
                .contains("client.task-key-prefix-in-use");
        assertThat(TaskRules.mayChangeTaskKeyPrefix(false)).isEmpty();
    }
}
