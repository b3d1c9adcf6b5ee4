package org.clientportal.adapters.persistence.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.QueryPlans;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.task.SearchTasks;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every documented order of the task list is one index range, and so is the default order under each filter. */
class TaskListOrdersTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    @ParameterizedTest
    @EnumSource(TaskSort.class)
    void eachOrder_isReadFromItsIndex_withoutSorting(TaskSort field) {
        for (Sort<TaskSort> sort : List.of(Sort.ascending(field), Sort.descending(field))) {
            String index = switch (field) {
                case TITLE -> "tasks_title_order_idx";
                case CREATED_AT -> "tasks_created_order_idx";
                case UPDATED_AT -> "tasks_updated_order_idx";
                case DUE_DATE -> sort.descending() ? "tasks_due_desc_order_idx" : "tasks_due_order_idx";
            };
            for (boolean afterCursor : List.of(false, true)) {
                assertThat(planOf(TaskSearch.all(), sort, afterCursor))
                        .as(sort.wireName() + (afterCursor ? " after a cursor" : "")).contains(index)
                        .doesNotContain("Sort");
            }
        }
    }

    @Test
    void theDefaultOrder_ofOneProject_client_statusOrAssignee_isReadFromTheirIndexes() {
        Sort<TaskSort> newestFirst = SearchTasks.LISTING.defaultSort();

        assertThat(planOf(new TaskSearch(Optional.of(new ProjectId(UUID.randomUUID())), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty()), newestFirst, true))
                .contains("tasks_project_idx").doesNotContain("Sort");
        assertThat(planOf(new TaskSearch(Optional.empty(), Optional.of(new ClientId(UUID.randomUUID())), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty()), newestFirst, false))
                .contains("tasks_client_idx").doesNotContain("Sort");
        assertThat(planOf(new TaskSearch(Optional.empty(), Optional.empty(), Set.of(TaskStatus.OPEN),
                Optional.empty(), Optional.empty(), Optional.empty()), newestFirst, false))
                .contains("tasks_status_idx").doesNotContain("Sort");
        assertThat(planOf(new TaskSearch(Optional.empty(), Optional.empty(), Set.of(),
                Optional.of(new OperatorId(UUID.randomUUID())), Optional.empty(), Optional.empty()), newestFirst, true))
                .contains("tasks_assignee_idx").doesNotContain("Sort");
    }

    private static String planOf(TaskSearch search, Sort<TaskSort> sort, boolean afterCursor) {
        return QueryPlans.planOf(DATABASE.persistence(), TENANT,
                () -> JooqTaskRepository.searchQuery(TENANT, search, QueryPlans.request(TENANT, sort, afterCursor)));
    }
}
