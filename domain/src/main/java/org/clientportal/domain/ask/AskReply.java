package org.clientportal.domain.ask;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/**
 * The agency's answer to an ask, published to the client: client-visible, never edited (a
 * correction is another reply). {@code author} is the principal's audit name, {@code authorName}
 * how the client's contacts see who wrote it, kept as it was when published.
 */
public record AskReply(ReplyId id, TenantId tenantId, AskId askId, ClientId clientId, String body,
                       Visibility visibility, String author, String authorName, Instant createdAt) {

    public static final int BODY_MAX = 10_000;

    public AskReply {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(askId, "askId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A reply published to the ask's client. */
    public static AskReply publish(ReplyId id, Ask ask, String body, String author, String authorName, Instant now) {
        return new AskReply(id, ask.tenantId(), ask.id(), ask.clientId(), body, Visibility.CLIENT, author, authorName,
                now);
    }
}
