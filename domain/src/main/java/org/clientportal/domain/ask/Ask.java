package org.clientportal.domain.ask;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/**
 * A bug report or a question a client's contact filed from the portal, on one of the client's
 * projects or on none. It arrives unclassified; an operator classifies it ({@link AskClassifications}),
 * and a task or a bug gets a linked task. Keyed from the client's task counter, so its key names no
 * task. An ask the client filed is the client's own: always client-visible. Immutable: changes
 * return a new version.
 */
public final class Ask {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    private final AskId id;
    private final TenantId tenantId;
    private final ClientId clientId;
    private final Optional<ProjectId> projectId;
    private final TaskKey key;
    private final AskKind kind;
    private final String title;
    private final Optional<String> description;
    private final Visibility visibility;
    private final ContactId contactId;
    private final String authorName;
    private final AskClassification classification;
    private final Optional<Classified> classified;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;

    /** Who classified the ask (a principal's audit name), when, and the task made of it, if any. */
    public record Classified(String by, Instant at, Optional<TaskKey> task) {

        public Classified {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(task, "task");
        }
    }

    private Ask(AskId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId, TaskKey key,
                AskKind kind, String title, Optional<String> description, Visibility visibility, ContactId contactId,
                String authorName, AskClassification classification, Optional<Classified> classified, long version,
                Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.key = Objects.requireNonNull(key, "key");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.contactId = Objects.requireNonNull(contactId, "contactId");
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.classified = Objects.requireNonNull(classified, "classified");
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if ((classification == AskClassification.UNCLASSIFIED) != classified.isEmpty()) {
            throw new IllegalArgumentException("an ask is classified exactly when it records who classified it");
        }
        if (classification.makesTask() != classified.flatMap(Classified::task).isPresent()) {
            throw new IllegalArgumentException("a task or a bug has a linked task, and nothing else has");
        }
    }

    /** A contact files an ask: unclassified and client-visible. */
    public static Ask file(AskId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId, TaskKey key,
                           AskKind kind, String title, Optional<String> description, ContactId contactId,
                           String authorName, Instant now) {
        return new Ask(id, tenantId, clientId, projectId, key, kind, title, description, Visibility.CLIENT, contactId,
                authorName, AskClassification.UNCLASSIFIED, Optional.empty(), 1, now, now);
    }

    public static Ask restore(AskId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId,
                              TaskKey key, AskKind kind, String title, Optional<String> description,
                              Visibility visibility, ContactId contactId, String authorName,
                              AskClassification classification, Optional<Classified> classified, long version,
                              Instant createdAt, Instant updatedAt) {
        return new Ask(id, tenantId, clientId, projectId, key, kind, title, description, visibility, contactId,
                authorName, classification, classified, version, createdAt, updatedAt);
    }

    /**
     * Classifies the ask as the table allows; a task or a bug names the task made of it, nothing else
     * does. Throws {@link ClassificationNotAllowed} for a move the table does not have.
     */
    public Ask classify(AskClassification target, Optional<TaskKey> task, String by, Instant now) {
        requireClassifiableAs(target);
        if (target.makesTask() != task.isPresent()) {
            throw new IllegalArgumentException("a task or a bug needs its linked task, and nothing else has one");
        }
        return new Ask(id, tenantId, clientId, projectId, key, kind, title, description, visibility, contactId,
                authorName, target, Optional.of(new Classified(by, now, task)), version + 1, createdAt, now);
    }

    /** Throws {@link ClassificationNotAllowed} unless the table allows this classification now. */
    public void requireClassifiableAs(AskClassification target) {
        if (!AskClassifications.MOVES.allows(classification, target)) {
            throw new ClassificationNotAllowed(classification, target);
        }
    }

    /** The audit name of the contact who filed it, as comments name their authors. */
    public String author() {
        return "contact:" + contactId;
    }

    public boolean isVisibleToClient() {
        return visibility == Visibility.CLIENT;
    }

    /** Whether that client's contacts see it: an ask of theirs, client-visible. */
    public boolean isSharedWith(ClientId client) {
        return clientId.equals(client) && isVisibleToClient();
    }

    public Optional<TaskKey> linkedTask() {
        return classified.flatMap(Classified::task);
    }

    public AskId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ClientId clientId() {
        return clientId;
    }

    public Optional<ProjectId> projectId() {
        return projectId;
    }

    public TaskKey key() {
        return key;
    }

    public AskKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Optional<String> description() {
        return description;
    }

    public Visibility visibility() {
        return visibility;
    }

    public ContactId contactId() {
        return contactId;
    }

    public String authorName() {
        return authorName;
    }

    public AskClassification classification() {
        return classification;
    }

    public Optional<Classified> classified() {
        return classified;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
