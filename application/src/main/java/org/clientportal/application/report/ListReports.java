package org.clientportal.application.report;

import java.util.Optional;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/** Lists the agency's reports, newest first, for every client or one, one project, one status. */
public final class ListReports {

    public static final Listing<ReportSort> LISTING =
            new Listing<>("reports", ReportSort.class, Sort.descending(ReportSort.CREATED_AT));

    private final Transactions transactions;
    private final ReportRepository reports;

    ListReports(Transactions transactions, ReportRepository reports) {
        this.transactions = transactions;
        this.reports = reports;
    }

    public Page<Report> execute(Actor actor, String clientId, String projectId, String status, PageInput input) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<ClientId> client = v.optional("clientId", clientId, ClientId::of);
        Optional<ProjectId> project = v.optional("projectId", projectId, ProjectId::of);
        Optional<ReportStatus> inStatus = v.optional("status", status, raw -> StatusNames.parse(ReportStatus.class, raw));
        v.done();
        ReportSearch search = new ReportSearch(client, project, inStatus);
        PageRequest<ReportSort> page = LISTING.request(input, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> reports.search(actor.tenantId(), search, page));
    }
}
