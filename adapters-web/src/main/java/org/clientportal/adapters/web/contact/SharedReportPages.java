package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.report.ReportFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.report.Report;

/**
 * The agency's published reports to the client, and approving one: a contact with the
 * {@code approve} right acknowledges a report, once, and everyone sees who did.
 */
public final class SharedReportPages implements PageGroup {

    private static final String SHOWN = "50";

    private final ReportFeature reports;

    public SharedReportPages(ReportFeature reports) {
        this.reports = reports;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/reports", (ctx, visit) -> Answer.view("contact/reports.jte", ReportsView.of(
                visit.frame("Reports"), reports.listSharedReports().execute(visit.actor(),
                        new PageInput(SHOWN, ctx.queryParam("cursor"))))));
        pages.contactPage("/portal/reports/{id}", (ctx, visit) -> {
            Report report = reports.getSharedReport().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.view("contact/report.jte", ReportView.of(visit.frame(report.title()), report,
                    ((Principal.Contact) visit.actor().principal()).rights().allows(PortalRight.APPROVE)));
        });
        pages.contactAction("/portal/reports/{id}/acknowledgement", (ctx, visit) -> {
            Report report = reports.acknowledgeReport().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.redirect("/portal/reports/" + report.id());
        });
    }
}
