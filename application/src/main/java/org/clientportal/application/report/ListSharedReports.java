package org.clientportal.application.report;

import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.report.Report;

/** A contact lists their client's published reports, newest first. */
public final class ListSharedReports {

    public static final Listing<ReportSort> LISTING =
            new Listing<>("portal-reports", ReportSort.class, Sort.descending(ReportSort.CREATED_AT));

    private final Transactions transactions;
    private final ReportRepository reports;

    ListSharedReports(Transactions transactions, ReportRepository reports) {
        this.transactions = transactions;
        this.reports = reports;
    }

    public Page<Report> execute(Actor actor, PageInput input) {
        PortalScope scope = PortalScope.of(actor);
        ReportSearch search = ReportSearch.publishedFor(scope.clientId());
        PageRequest<ReportSort> page = LISTING.request(input, scope.tenantId(), search.canonical());
        return transactions.inPortal(scope, () -> reports.search(scope.tenantId(), search, page));
    }
}
