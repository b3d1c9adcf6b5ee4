package org.clientportal.domain.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Rejection;
import org.clientportal.domain.shared.TenantId;

/**
 * A report to a client on one period of its work (or of one project's), written as Markdown: drafted
 * from what the client may see, edited and reviewed by the agency, then published to the client's
 * contacts, who may acknowledge it. {@code author} names the principal that drafted it.
 */
public record Report(ReportId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId,
                     ReportPeriod period, String title, String body, ReportStatus status, String author, long version,
                     Instant createdAt, Instant updatedAt, Optional<Instant> publishedAt,
                     List<ReportAcknowledgement> acknowledgements) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final String NOT_EDITABLE = "report.not-editable";

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** Every report starts as a draft, seen by the agency only. */
    public static Report draft(ReportId id, TenantId tenantId, ClientId clientId, Optional<ProjectId> projectId,
                               ReportPeriod period, String title, String body, String author, Instant now) {
        return new Report(id, tenantId, clientId, projectId, period, title, body, ReportStatus.DRAFT, author, 1, now,
                now, Optional.empty(), List.of());
    }

    /** The same object when nothing differs; refused once the report is approved, published or discarded. */
    public Report edited(String newTitle, String newBody, Instant now) {
        if (title.equals(newTitle) && body.equals(newBody)) {
            return this;
        }
        if (!status.isEditable()) {
            throw new Rejection(NOT_EDITABLE, "The report is " + Lifecycle.wireName(status)
                    + "; only a draft or a report in review can be edited (send an approved one back to in_review)")
                    .toError();
        }
        return new Report(id, tenantId, clientId, projectId, period, newTitle, newBody, status, author, version + 1,
                createdAt, now, publishedAt, acknowledgements);
    }

    public Report movedTo(ReportStatus target, Instant now) {
        ReportLifecycle.MOVES.check(status, target);
        return new Report(id, tenantId, clientId, projectId, period, title, body, target, author, version + 1,
                createdAt, now, target == ReportStatus.PUBLISHED ? Optional.of(now) : publishedAt, acknowledgements);
    }

    /** A contact's acknowledgement of the published report; the first one of each contact counts. */
    public Optional<ReportAcknowledgement> acknowledgementBy(ContactId contact, String contactName, Instant now) {
        if (!isVisibleToClient()) {
            throw new IllegalStateException("only a published report can be acknowledged");
        }
        if (acknowledgements.stream().anyMatch(a -> a.contactId().equals(contact))) {
            return Optional.empty();
        }
        return Optional.of(new ReportAcknowledgement(contact, contactName, now));
    }

    public Report withAcknowledgement(ReportAcknowledgement acknowledgement) {
        List<ReportAcknowledgement> all = new ArrayList<>(acknowledgements);
        all.add(acknowledgement);
        return new Report(id, tenantId, clientId, projectId, period, title, body, status, author, version, createdAt,
                updatedAt, publishedAt, all);
    }

    public boolean isVisibleToClient() {
        return status == ReportStatus.PUBLISHED;
    }
}
