package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.comment.CommentSearch;
import org.clientportal.application.comment.CommentSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.junit.jupiter.api.Test;

/** Comments in tasks' conversations, and the lists the agency and a client's contacts read of them. */
public abstract class CommentRepositoryContract extends StorageContract {

    private int tasksMade;

    private Task task(TenantId tenant, ClientId client) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Project", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        Task task = Task.create(new TaskId(newId()), tenant, project.id(), client, new TaskKey("CO-" + ++tasksMade),
                new TaskDetails("Task", Optional.empty(), TaskPriority.NORMAL, Optional.empty(), Optional.empty(),
                        Visibility.CLIENT), TaskSource.OPERATOR, at(0));
        inTenant(tenant, () -> {
            ports.projects().add(project);
            ports.tasks().add(task);
        });
        return task;
    }

    private TaskComment post(Task task, String body, Visibility visibility, int minute) {
        TaskComment comment = TaskComment.post(new CommentId(newId()), task.tenantId(), task.id(), task.clientId(), body,
                visibility, "operator:someone", "Olive", at(minute));
        inTenant(task.tenantId(), () -> ports.comments().add(comment));
        return comment;
    }

    private Page<TaskComment> search(TenantId tenant, CommentSearch search, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.comments().search(tenant, search,
                page(tenant, Sort.ascending(CommentSort.CREATED_AT), limit, cursor)));
    }

    private static List<String> bodies(List<TaskComment> comments) {
        return comments.stream().map(TaskComment::body).toList();
    }

    @Test
    void aPostedComment_isFoundWithEveryField_inItsOwnTenantOnly() {
        TenantId tenant = newTenant();
        TaskComment comment = post(task(tenant, newClient(tenant)), "Line one\nLine two", Visibility.INTERNAL, 1);
        TenantId other = newTenant();

        assertThat(inTenant(tenant, () -> ports.comments().find(tenant, comment.id()))).contains(comment);
        assertThat(inTenant(other, () -> ports.comments().find(other, comment.id()))).isEmpty();
    }

    @Test
    void aComment_isWrittenAtTheExpectedVersionOnly() {
        TenantId tenant = newTenant();
        TaskComment comment = post(task(tenant, newClient(tenant)), "Draft", Visibility.INTERNAL, 1);
        TaskComment shared = comment.with("Final", Visibility.CLIENT, at(2));

        inTenant(tenant, () -> ports.comments().update(shared, comment.version()));

        assertThat(inTenant(tenant, () -> ports.comments().find(tenant, comment.id()))).contains(shared);
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.comments().update(
                shared.with("Late", Visibility.INTERNAL, at(3)), comment.version())));
    }

    @Test
    void aTasksComments_areListedOldestFirst_inPages_filteredByVisibility() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Task task = task(tenant, client);
        post(task, "first", Visibility.INTERNAL, 1);
        post(task, "second", Visibility.CLIENT, 2);
        post(task, "third", Visibility.INTERNAL, 3);
        post(task(tenant, client), "elsewhere", Visibility.CLIENT, 4);

        assertThat(allPages(c -> search(tenant, new CommentSearch(task.id(), Optional.empty()), 2, c))
                .stream().map(CommentRepositoryContract::bodies).toList())
                .containsExactly(List.of("first", "second"), List.of("third"));
        assertThat(bodies(search(tenant, new CommentSearch(task.id(), Optional.of(Visibility.CLIENT)), 10,
                Optional.empty()).items())).containsExactly("second");
    }
}
