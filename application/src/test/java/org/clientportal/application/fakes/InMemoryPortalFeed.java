package org.clientportal.application.fakes;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.PortalFeed;
import org.clientportal.application.portal.FeedEntry;
import org.clientportal.application.portal.FeedSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatusChange;
import org.clientportal.domain.update.ProjectUpdate;

/** The feed read from the other fakes, with what the database's query and policies admit. */
public final class InMemoryPortalFeed implements PortalFeed {

    private final InMemoryProjectRepository projects;
    private final InMemoryTaskRepository tasks;
    private final InMemoryUpdateRepository updates;
    private final InMemoryCommentRepository comments;

    public InMemoryPortalFeed(InMemoryProjectRepository projects, InMemoryTaskRepository tasks,
                              InMemoryUpdateRepository updates, InMemoryCommentRepository comments) {
        this.projects = projects;
        this.tasks = tasks;
        this.updates = updates;
        this.comments = comments;
    }

    @Override
    public Page<FeedEntry> of(TenantId tenant, ClientId client, PageRequest<FeedSort> page) {
        List<FeedEntry> entries = new ArrayList<>();
        for (ProjectUpdate u : updates.all()) {
            if (u.tenantId().equals(tenant) && u.clientId().equals(client) && u.isVisibleToClient()
                    && shared(tenant, u.projectId())) {
                entries.add(new FeedEntry(FeedEntry.Kind.UPDATE, u.id().value(), u.createdAt(), u.projectId(),
                        Optional.empty(), u.body(), Optional.empty(), Optional.empty()));
            }
        }
        for (TaskComment c : comments.all()) {
            Optional<Task> task = visibleTask(tenant, client, c.taskId().value());
            if (c.visibility() == Visibility.CLIENT && task.isPresent()) {
                entries.add(new FeedEntry(FeedEntry.Kind.COMMENT, c.id().value(), c.createdAt(), task.get().projectId(),
                        Optional.of(task.get().key().value()), c.body(), Optional.empty(), Optional.empty()));
            }
        }
        for (TaskStatusChange m : tasks.statusChanges()) {
            visibleTask(tenant, client, m.taskId().value()).ifPresent(task -> entries.add(new FeedEntry(
                    FeedEntry.Kind.TASK_STATUS, m.id(), m.at(), task.projectId(), Optional.of(task.key().value()),
                    task.details().title(), Optional.of(Lifecycle.wireName(m.from())),
                    Optional.of(Lifecycle.wireName(m.to())))));
        }
        for (Project p : projects.all()) {
            if (p.tenantId().equals(tenant) && p.clientId().equals(client) && p.isVisibleToClient()) {
                for (Milestone m : p.milestonesVisibleToClient()) {
                    m.completedAt().ifPresent(at -> entries.add(new FeedEntry(FeedEntry.Kind.MILESTONE,
                            milestoneId(p.id(), m.key().value()), at, p.id(), Optional.of(m.key().value()), m.title(),
                            Optional.empty(), Optional.empty())));
                }
            }
        }
        return Keyset.page(entries, e -> true, page, e -> new SortValue.Time(e.at()), FeedEntry::id);
    }

    private boolean shared(TenantId tenant, ProjectId project) {
        return projects.find(tenant, project).filter(Project::isVisibleToClient).isPresent();
    }

    private Optional<Task> visibleTask(TenantId tenant, ClientId client, UUID taskId) {
        return tasks.all().stream()
                .filter(t -> t.tenantId().equals(tenant) && t.id().value().equals(taskId) && t.clientId().equals(client)
                        && t.details().visibility() == Visibility.CLIENT && shared(tenant, t.projectId()))
                .findFirst();
    }

    /** As PostgreSQL's {@code md5(project_id || '/' || key)::uuid}: a milestone's stable id in the feed. */
    static UUID milestoneId(ProjectId project, String key) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((project + "/" + key).getBytes(StandardCharsets.UTF_8));
            ByteBuffer bytes = ByteBuffer.wrap(md5);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }
}
