package org.clientportal.domain.update;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/**
 * A note posted on a project: internal (the agency's own) unless made client-visible on purpose.
 * {@code author} names the principal that posted it ({@code operator:<id>}); {@code authorName} is how
 * the client's contacts see who wrote it, kept as it was when posted.
 */
public record ProjectUpdate(UpdateId id, TenantId tenantId, ProjectId projectId, ClientId clientId, String body,
                            Visibility visibility, String author, String authorName, long version, Instant createdAt,
                            Instant updatedAt) {

    public static final int BODY_MAX = 10_000;

    public ProjectUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static ProjectUpdate post(UpdateId id, TenantId tenantId, ProjectId projectId, ClientId clientId,
                                     String body, Visibility visibility, String author, String authorName,
                                     Instant now) {
        return new ProjectUpdate(id, tenantId, projectId, clientId, body, visibility, author, authorName, 1, now, now);
    }

    /** The same object when nothing differs. */
    public ProjectUpdate with(String newBody, Visibility newVisibility, Instant now) {
        if (body.equals(newBody) && visibility == newVisibility) {
            return this;
        }
        return new ProjectUpdate(id, tenantId, projectId, clientId, newBody, newVisibility, author, authorName,
                version + 1, createdAt, now);
    }

    public boolean isVisibleToClient() {
        return visibility == Visibility.CLIENT;
    }
}
