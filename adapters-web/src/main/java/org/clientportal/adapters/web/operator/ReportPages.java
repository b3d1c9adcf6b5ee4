package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.Optional;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Versions;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.report.ReportChanges;
import org.clientportal.application.report.ReportFeature;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.report.Report;

/**
 * Reports under review: a list filtered by status, and a report's page where its title and text are
 * edited while it may still change, and it is moved along its lifecycle (submit, return, approve,
 * publish, discard) as the lifecycle and the operator's role allow.
 */
public final class ReportPages implements PageGroup {

    private static final String PAGE_SIZE = "50";

    private final ReportFeature reports;

    public ReportPages(ReportFeature reports) {
        this.reports = reports;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/reports", (ctx, visit) -> {
            String status = Optional.ofNullable(ctx.queryParam("status")).orElse("");
            return Answer.view("operator/reports.jte", ReportsView.of(visit.frame("Reports"), status,
                    reports.listReports().execute(visit.actor(), null, null, status.isEmpty() ? null : status,
                            new PageInput(PAGE_SIZE, ctx.queryParam("cursor")))));
        });
        pages.operatorPage("/app/reports/{id}", (ctx, visit) -> report(ctx, visit, Optional.empty(), Refused.NONE));
        pages.operatorForm("/app/reports/{id}/edit", (ctx, visit) -> {
            Report edited = reports.editReport().execute(visit.actor(), ctx.pathParam("id"), new ReportChanges(
                    Change.to(Form.text(ctx, "title")), Change.to(Form.text(ctx, "body")),
                    Optional.of(Versions.of(ctx))));
            return Answer.redirect("/app/reports/" + edited.id());
        }, (ctx, visit, refusal) -> report(ctx, visit, Optional.of(typed(ctx)),
                new Refused(ReportPageView.EDIT, refusal)));
        pages.operatorForm("/app/reports/{id}/moves", (ctx, visit) -> {
            Report moved = reports.transitionReport().execute(visit.actor(), ctx.pathParam("id"),
                    new TransitionCommand(Form.text(ctx, "to"), Form.text(ctx, "reason"),
                            Optional.of(Versions.of(ctx))));
            return Answer.redirect("/app/reports/" + moved.id());
        }, (ctx, visit, refusal) -> report(ctx, visit, Optional.empty(),
                new Refused(ReportPageView.MOVE, refusal)));
    }

    private static ReportPageView.Draft typed(Context ctx) {
        return new ReportPageView.Draft(Form.text(ctx, "title"), Form.text(ctx, "body"));
    }

    /** {@code typed}: what the edit form holds when it was refused; else the report as stored. */
    private Answer report(Context ctx, Visit visit, Optional<ReportPageView.Draft> typed, Refused refused) {
        Report report = reports.getReport().execute(visit.actor(), ctx.pathParam("id"));
        return Answer.view("operator/report.jte", ReportPageView.of(visit.frame(report.title()), report,
                typed.orElseGet(() -> ReportPageView.draftOf(report)), refused), refused.status());
    }
}
