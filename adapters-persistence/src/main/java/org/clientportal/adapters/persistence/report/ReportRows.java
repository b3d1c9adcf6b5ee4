package org.clientportal.adapters.persistence.report;

import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ReportAcknowledgementsRecord;
import org.clientportal.adapters.persistence.generated.tables.records.ReportsRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportPeriod;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between reports rows (and their acknowledgements' rows) and {@link Report}. */
final class ReportRows {

    private ReportRows() {
    }

    static ReportsRecord toRecord(Report report) {
        ReportsRecord record = new ReportsRecord();
        record.setTenantId(report.tenantId().value());
        record.setId(report.id().value());
        record.setClientId(report.clientId().value());
        record.setProjectId(report.projectId().map(ProjectId::value).orElse(null));
        record.setPeriodFrom(report.period().from());
        record.setPeriodTo(report.period().to());
        record.setTitle(report.title());
        record.setBody(report.body());
        record.setStatus(Lifecycle.wireName(report.status()));
        record.setAuthor(report.author());
        record.setVersion(report.version());
        record.setCreatedAt(report.createdAt());
        record.setUpdatedAt(report.updatedAt());
        record.setPublishedAt(report.publishedAt().orElse(null));
        return record;
    }

    static ReportAcknowledgementsRecord toRecord(TenantId tenant, ReportId report, ReportAcknowledgement ack) {
        ReportAcknowledgementsRecord record = new ReportAcknowledgementsRecord();
        record.setTenantId(tenant.value());
        record.setReportId(report.value());
        record.setContactId(ack.contactId().value());
        record.setContactName(ack.contactName());
        record.setAt(ack.at());
        return record;
    }

    static Report toReport(ReportsRecord record, List<ReportAcknowledgement> acknowledgements) {
        return new Report(new ReportId(record.getId()), new TenantId(record.getTenantId()),
                new ClientId(record.getClientId()), Optional.ofNullable(record.getProjectId()).map(ProjectId::new),
                new ReportPeriod(record.getPeriodFrom(), record.getPeriodTo()), record.getTitle(), record.getBody(),
                StatusNames.parse(ReportStatus.class, record.getStatus()), record.getAuthor(), record.getVersion(),
                record.getCreatedAt(), record.getUpdatedAt(), Optional.ofNullable(record.getPublishedAt()),
                acknowledgements);
    }

    static ReportAcknowledgement toAcknowledgement(ReportAcknowledgementsRecord record) {
        return new ReportAcknowledgement(new ContactId(record.getContactId()), record.getContactName(),
                record.getAt());
    }
}
