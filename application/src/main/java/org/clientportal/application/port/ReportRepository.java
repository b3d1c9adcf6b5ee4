package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.application.report.ReportSearch;
import org.clientportal.application.report.ReportSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.TenantId;

/** Reports to clients, each with its contacts' acknowledgements. */
public interface ReportRepository {

    void add(Report report);

    Optional<Report> find(TenantId tenant, ReportId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(Report report, long expectedVersion);

    /** Keeps a contact's acknowledgement; false when that contact had already acknowledged the report. */
    boolean acknowledge(TenantId tenant, ReportId report, ReportAcknowledgement acknowledgement);

    /** The reports matching the filters, in the requested order (ties by id), after the request's position. */
    Page<Report> search(TenantId tenant, ReportSearch search, PageRequest<ReportSort> page);
}
