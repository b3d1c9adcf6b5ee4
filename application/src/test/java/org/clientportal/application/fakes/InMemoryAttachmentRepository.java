package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.UUID;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.application.attachment.FileSort;
import org.clientportal.application.attachment.SharedFile;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;

/**
 * Attachments in a map; the fake's transactions run one at a time, so a parent needs no lock of its own.
 * The portal's list reads the parents from the other fakes, admitting what the database's query does.
 */
public final class InMemoryAttachmentRepository implements AttachmentRepository {

    private final TransactionalMap<AttachmentId, Attachment> attachments;
    private final InMemoryProjectRepository projects;
    private final InMemoryTaskRepository tasks;
    private final InMemoryUpdateRepository updates;
    private final InMemoryCommentRepository comments;
    private final InMemoryAskRepository asks;

    public InMemoryAttachmentRepository(InMemoryTransactions transactions, InMemoryProjectRepository projects,
                                        InMemoryTaskRepository tasks, InMemoryUpdateRepository updates,
                                        InMemoryCommentRepository comments, InMemoryAskRepository asks) {
        this.attachments = new TransactionalMap<>(transactions);
        this.projects = projects;
        this.tasks = tasks;
        this.updates = updates;
        this.comments = comments;
        this.asks = asks;
    }

    @Override
    public void add(Attachment attachment) {
        attachments.put(attachment.id(), attachment);
    }

    @Override
    public Optional<Attachment> find(TenantId tenant, AttachmentId id) {
        return attachments.get(id).filter(a -> a.tenantId().equals(tenant));
    }

    @Override
    public List<Attachment> ofParent(TenantId tenant, AttachmentParent parent) {
        return attachments.values().stream()
                .filter(a -> a.tenantId().equals(tenant) && a.parent().equals(parent))
                .sorted(Comparator.comparing(Attachment::createdAt).thenComparing(a -> a.id().value()))
                .toList();
    }

    @Override
    public Page<SharedFile> sharedWith(TenantId tenant, ClientId client, PageRequest<FileSort> page) {
        List<SharedFile> files = new ArrayList<>();
        for (Attachment a : attachments.values()) {
            if (a.tenantId().equals(tenant) && a.clientId().equals(client)) {
                sharedKey(tenant, client, a.parent()).ifPresent(key -> files.add(new SharedFile(a, key)));
            }
        }
        return Keyset.page(files, f -> true, page, f -> new SortValue.Time(f.attachment().createdAt()),
                f -> f.attachment().id().value());
    }

    /** Present when the client sees the parent: then the key of its page, if it has one. */
    private Optional<Optional<String>> sharedKey(TenantId tenant, ClientId client, AttachmentParent parent) {
        return switch (parent.kind()) {
            case TASK -> visibleTask(tenant, client, parent.id()).map(t -> Optional.of(t.key().value()));
            case UPDATE -> updates.all().stream()
                    .filter(u -> u.tenantId().equals(tenant) && u.id().value().equals(parent.id())
                            && u.clientId().equals(client) && u.isVisibleToClient() && shared(tenant, u.projectId()))
                    .findFirst().map(u -> Optional.<String>empty());
            case COMMENT -> comments.find(tenant, new CommentId(parent.id()))
                    .filter(c -> c.visibility() == Visibility.CLIENT)
                    .flatMap(c -> visibleTask(tenant, client, c.taskId().value()))
                    .map(t -> Optional.of(t.key().value()));
            case ASK -> asks.find(tenant, new AskId(parent.id())).filter(a -> a.isSharedWith(client))
                    .map(a -> Optional.of(a.key().value()));
        };
    }

    private Optional<Task> visibleTask(TenantId tenant, ClientId client, UUID taskId) {
        return tasks.all().stream()
                .filter(t -> t.tenantId().equals(tenant) && t.id().value().equals(taskId) && t.clientId().equals(client)
                        && t.details().visibility() == Visibility.CLIENT && shared(tenant, t.projectId()))
                .findFirst();
    }

    private boolean shared(TenantId tenant, ProjectId project) {
        return projects.find(tenant, project).filter(Project::isVisibleToClient).isPresent();
    }

    @Override
    public void lockParent(TenantId tenant, AttachmentParent parent) {
        // InMemoryTransactions serializes whole transactions already.
    }

    @Override
    public Set<String> namedBlobKeys(TenantId tenant, Collection<String> blobKeys) {
        return attachments.values().stream()
                .filter(a -> a.tenantId().equals(tenant) && blobKeys.contains(a.blobKey()))
                .map(Attachment::blobKey).collect(Collectors.toSet());
    }
}
