package org.clientportal.adapters.http.report;

import io.javalin.http.HandlerType;
import java.util.Map;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.report.GenerateReportCommand;
import org.clientportal.application.report.ListReports;
import org.clientportal.application.report.ListSharedReports;
import org.clientportal.application.report.ReportChanges;
import org.clientportal.application.report.ReportFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportLifecycle;
import org.clientportal.domain.report.ReportStatus;

/** Reports to clients: drafted, listed, edited and moved by the agency; read and acknowledged in the portal. */
public final class ReportRoutes implements FeatureRoutes {

    /** What GET /api/v1/reports takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("clientId", "projectId", "status", "sort",
            "limit", "cursor");
    /** What GET /portal/api/v1/reports takes. */
    public static final QueryParameters PORTAL_LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Reports",
            "Reports to clients on a period of their work: drafted from what the client may see, reviewed, published"
                    + " to the portal.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "ReportId",
            "The report's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter SHARED_ID = Operation.Parameter.path("id", "SharedReportId",
            "The report's id. One not published to the client is not found.");

    private final ReportFeature reports;

    public ReportRoutes(ReportFeature reports) {
        this.reports = reports;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        registerAgencySide(table, bodies);
        registerPortalSide(table);
    }

    private void registerAgencySide(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/reports", Operation.of("generateReport", TAG,
                        "Draft a report for a client")
                .description("Drafts Markdown from the client's view of the record over the period: client-visible"
                        + " tasks done, milestones reached and updates posted on its shared projects (or the one"
                        + " project), time logged and the client-visible budgets. Nothing internal can be in it: it is"
                        + " read as the client's contacts would read it. The draft is the agency's to edit until it"
                        + " is published. Audited as `report.drafted`.")
                .body(GenerateReportRequest.class)
                .answers(201, "The draft. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        ReportJson.class)
                .versioned()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.REPORT_PROJECT_NOT_SHARED,
                        ProblemCodes.RECORD_NOT_FOUND.meaning("no such client or project in the agency")),
                (ctx, actor) -> {
                    GenerateReportRequest body = bodies.read(ctx, GenerateReportRequest.class);
                    return versioned(201, reports.generateReport().execute(actor, new GenerateReportCommand(
                            body.clientId(), body.projectId(), body.from(), body.to(), body.title())));
                });
        table.authenticated(HandlerType.GET, "/api/v1/reports", Operation.of("listReports", TAG, "List reports")
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("clientId", "ReportClientFilter", "Only this client's reports.",
                                String.class),
                        Operation.Parameter.query("projectId", "ReportProjectFilter", "Only reports on this project.",
                                String.class),
                        Operation.Parameter.query("status", "ReportStatusFilter", "Only reports in this status.",
                                ReportStatus.class),
                        PageJson.sort("ReportSort", "reports", ListReports.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of reports, newest first.", PageJson.class, ReportJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(reports.listReports().execute(actor, query.one("clientId"),
                    query.one("projectId"), query.one("status"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ReportJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/reports/{id}", Operation.of("getReport", TAG, "Read a report")
                .pathParameter(ID)
                .answers(200, "The report.", ReportJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(200, reports.getReport().execute(actor, ctx.pathParam("id"))));
        table.authenticated(HandlerType.PATCH, "/api/v1/reports/{id}", Operation.of("editReport", TAG,
                        "Edit a report's title or text")
                .description("Only while it is a draft or in review. Audited as `report.edited`.")
                .pathParameter(ID)
                .body(EditReportRequest.class)
                .answers(200, "The report as it is now (unchanged, at the same version, when nothing changed).",
                        ReportJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.REPORT_NOT_EDITABLE), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), EditReportRequest.FIELDS);
            return versioned(200, reports.editReport().execute(actor, ctx.pathParam("id"),
                    new ReportChanges(patch.text("title"), patch.text("body"), Versions.ifMatch(ctx))));
        });
        table.authenticated(HandlerType.POST, "/api/v1/reports/{id}/transitions", Operation.of("transitionReport",
                        TAG, "Move a report along its lifecycle")
                .description("Allowed moves:\n\n" + Operation.allowedMoves(ReportLifecycle.MOVES, ReportStatus.class)
                        + "\n\nApproving and publishing need the `PUBLISH_REPORTS` permission (owners and admins);"
                        + " a published report is shown to the client's contacts and stays as published. Audited as"
                        + " `report.transitioned`.")
                .pathParameter(ID)
                .body(ReportTransitionRequest.class)
                .answers(200, "The report in its new status. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", ReportJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.REPORT_TRANSITION_NOT_ALLOWED), (ctx, actor) -> {
            ReportTransitionRequest body = bodies.read(ctx, ReportTransitionRequest.class);
            return versioned(200, reports.transitionReport().execute(actor, ctx.pathParam("id"),
                    new TransitionCommand(body.to(), body.reason(), Versions.ifMatch(ctx))));
        });
    }

    private void registerPortalSide(RouteTable table) {
        table.portalRead("/portal/api/v1/reports", Operation.of("listSharedReports", PortalReadRoutes.TAG,
                        "List the reports the agency published")
                .query(PORTAL_LIST_PARAMETERS, PageJson.sort("SharedReportSort", "portal-reports",
                        ListSharedReports.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client's published reports, newest first.", PageJson.class,
                        SharedReportJson.class), (ctx, actor) -> {
            QueryParameters.Values query = PORTAL_LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(reports.listSharedReports().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), SharedReportJson::of));
        });
        table.portalRead("/portal/api/v1/reports/{id}", Operation.of("getSharedReport", PortalReadRoutes.TAG,
                        "Read a published report")
                .pathParameter(SHARED_ID)
                .answers(200, "The report.", SharedReportJson.class), (ctx, actor) ->
                Reply.ok(SharedReportJson.of(reports.getSharedReport().execute(actor, ctx.pathParam("id")))));
        table.portal(HandlerType.POST, "/portal/api/v1/reports/{id}/acknowledgement", Operation.of(
                        "acknowledgeReport", PortalReadRoutes.TAG, "Acknowledge a published report")
                .description("Needs the `approve` right. Each contact acknowledges a report once; doing it again"
                        + " changes nothing. Audited as `report.acknowledged`.")
                .pathParameter(SHARED_ID)
                .answers(200, "The report with its acknowledgements.", SharedReportJson.class)
                .problems(ProblemCodes.PORTAL_RIGHT_MISSING), (ctx, actor) ->
                Reply.ok(SharedReportJson.of(reports.acknowledgeReport().execute(actor, ctx.pathParam("id")))));
    }

    private static Reply versioned(int status, Report report) {
        return new Reply(status, ReportJson.of(report), Map.of()).withVersion(report.version());
    }
}
