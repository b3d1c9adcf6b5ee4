package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.portal.FeedEntry;
import org.clientportal.application.portal.FeedSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

/**
 * A client's feed: of everything that happened on its projects, only what is shared with it —
 * client-visible updates of shared projects, client-visible comments and moves of client-visible
 * tasks on them, client-visible milestones reached — newest first, in stable pages.
 */
public abstract class PortalFeedContract extends StorageContract {

    private int minute;

    private Project project(TenantId tenant, ClientId client, Visibility visibility) {
        Milestone shared = new Milestone(new MilestoneKey("launch"), "Launch", List.of(), Optional.empty(),
                Visibility.CLIENT, Optional.empty());
        Milestone internal = new Milestone(new MilestoneKey("margin"), "Margin check", List.of(), Optional.empty(),
                Visibility.INTERNAL, Optional.empty());
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(visibility, at(0)).withMilestones(List.of(shared, internal), at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project;
    }

    private Task task(Project project, String prefix, Visibility visibility) {
        Task task = inTenant(project.tenantId(), () -> {
            long number = ports.tasks().nextNumber(project.tenantId(), project.clientId());
            Task created = Task.create(new TaskId(newId()), project.tenantId(), project.id(), project.clientId(),
                    new TaskKey(prefix + "-" + number), new TaskDetails(visibility + " task", Optional.empty(),
                            TaskPriority.NORMAL, Optional.empty(), Optional.empty(), visibility), TaskSource.OPERATOR,
                    at(0));
            ports.tasks().add(created);
            return created;
        });
        return task;
    }

    private String update(Project project, Visibility visibility) {
        String body = visibility + " update " + (++minute);
        ProjectUpdate update = ProjectUpdate.post(new UpdateId(newId()), project.tenantId(), project.id(),
                project.clientId(), body, visibility, "operator:o", "Olive", at(minute));
        inTenant(project.tenantId(), () -> ports.updates().add(update));
        return body;
    }

    private String comment(Task task, Visibility visibility) {
        String body = visibility + " comment " + (++minute);
        TaskComment comment = TaskComment.post(new CommentId(newId()), task.tenantId(), task.id(), task.clientId(), body,
                visibility, "operator:o", "Olive", at(minute));
        inTenant(task.tenantId(), () -> ports.comments().add(comment));
        return body;
    }

    private void move(Task task, TaskStatus to) {
        TaskStatusChange change = new TaskStatusChange(newId(), task.tenantId(), task.id(), task.clientId(),
                task.status(), to, at(++minute));
        inTenant(task.tenantId(), () -> ports.tasks().recordStatusChange(change));
    }

    private void reach(Project project, String milestone) {
        Project stored = inTenant(project.tenantId(), () -> ports.projects().find(project.tenantId(), project.id()))
                .orElseThrow();
        inTenant(project.tenantId(), () -> ports.projects().update(
                stored.completeMilestone(new MilestoneKey(milestone), at(++minute)), stored.version()));
    }

    private Page<FeedEntry> feed(TenantId tenant, ClientId client, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.feed().of(tenant, client,
                page(tenant, Sort.descending(FeedSort.AT), limit, cursor)));
    }

    @Test
    void theFeed_tellsOnlyWhatIsSharedWithTheClient_newestFirst_inPages() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Project shared = project(tenant, acme, Visibility.CLIENT);
        Project internal = project(tenant, acme, Visibility.INTERNAL);
        Task visibleTask = task(shared, "FEED", Visibility.CLIENT);
        Task internalTask = task(shared, "FEED", Visibility.INTERNAL);
        Task onInternalProject = task(internal, "FEED", Visibility.CLIENT);
        String sharedUpdate = update(shared, Visibility.CLIENT);
        update(shared, Visibility.INTERNAL);
        update(internal, Visibility.CLIENT);
        String sharedComment = comment(visibleTask, Visibility.CLIENT);
        comment(visibleTask, Visibility.INTERNAL);
        comment(internalTask, Visibility.CLIENT);
        comment(onInternalProject, Visibility.CLIENT);
        move(visibleTask, TaskStatus.IN_PROGRESS);
        move(internalTask, TaskStatus.DONE);
        move(onInternalProject, TaskStatus.DONE);
        reach(shared, "launch");
        reach(shared, "margin");
        reach(internal, "launch");
        ClientId globex = newClient(tenant);
        update(project(tenant, globex, Visibility.CLIENT), Visibility.CLIENT);

        List<List<FeedEntry>> pages = allPages(c -> feed(tenant, acme, 3, c));

        assertThat(pages).hasSize(2);
        List<FeedEntry> all = pages.stream().flatMap(List::stream).toList();
        assertThat(all).extracting(FeedEntry::kind).containsExactly(FeedEntry.Kind.MILESTONE,
                FeedEntry.Kind.TASK_STATUS, FeedEntry.Kind.COMMENT, FeedEntry.Kind.UPDATE);
        assertThat(all.get(0).subject()).contains("launch");
        assertThat(all.get(1).subject()).contains(visibleTask.key().value());
        assertThat(all.get(1).from()).contains("open");
        assertThat(all.get(1).to()).contains("in_progress");
        assertThat(all.get(2).text()).isEqualTo(sharedComment);
        assertThat(all.get(3).text()).isEqualTo(sharedUpdate);
        assertThat(all).allSatisfy(e -> assertThat(e.projectId()).isEqualTo(shared.id()));
        assertThat(feed(newTenant(), acme, 10, Optional.empty()).items()).isEmpty();
    }
}
