package org.clientportal.adapters.http.capacity;

import io.javalin.http.HandlerType;
import java.util.Map;
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
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.application.capacity.ListTimeEntries;
import org.clientportal.application.capacity.LogTimeCommand;
import org.clientportal.application.capacity.TimeEntryChanges;
import org.clientportal.application.capacity.TimeEntryFilters;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.operator.Permission;

/** Time entries: operators log, list, correct and delete the time they spent on clients' work. */
public final class TimeEntryRoutes implements FeatureRoutes {

    /** What GET /api/v1/time-entries takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("clientId", "projectId", "taskKey",
            "operatorId", "from", "to", "billable", "sort", "limit", "cursor");

    static final Operation.Tag TAG = new Operation.Tag("Time and capacity",
            "Time operators spend on clients' work, the clients' capacity budgets, and how much of each period is"
                    + " used.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "TimeEntryId",
            "The time entry's id. An unknown id, or another agency's, is not found.");
    private static final Map<String, Object> UUID = Operation.schema("type", "string", "format", "uuid");
    private static final Map<String, Object> DATE = Operation.schema("type", "string", "format", "date");

    private final CapacityFeature capacity;

    public TimeEntryRoutes(CapacityFeature capacity) {
        this.capacity = capacity;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/time-entries", Operation.of("logTime", TAG, "Log time")
                .description("Counts at once against every budget of the client whose period holds the day; a"
                        + " period it takes to 80 % or 100 % raises `capacity.warning` or `capacity.exceeded` in the"
                        + " audit trail, once a period.")
                .body(LogTimeRequest.class)
                .answers(201, "The time entry. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        TimeEntryJson.class)
                .versioned()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.TIME_ENTRY_CLIENT_OFFBOARDED, ProblemCodes.TIME_ENTRY_NOT_YOURS), (ctx, actor) -> {
            LogTimeRequest body = bodies.read(ctx, LogTimeRequest.class);
            return versioned(201, capacity.logTime().execute(actor, new LogTimeCommand(body.clientId(),
                    body.projectId(), body.taskKey(), body.minutes(), body.date(), body.note(), body.billable(),
                    body.operatorId())));
        });
        table.authenticated(HandlerType.GET, "/api/v1/time-entries", Operation.of("listTimeEntries", TAG,
                        "List time entries")
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("clientId", "TimeEntryClientFilter", "Only this client's.", UUID),
                        Operation.Parameter.query("projectId", "TimeEntryProjectFilter", "Only this project's.", UUID),
                        Operation.Parameter.query("taskKey", "TimeEntryTaskFilter", "Only this task's, such as"
                                + " `ACME-42`.", Operation.schema("type", "string")),
                        Operation.Parameter.query("operatorId", "TimeEntryOperatorFilter", "Only this operator's;"
                                + " `me` for the caller's own.", Operation.schema("type", "string")),
                        Operation.Parameter.query("from", "TimeEntryFromFilter", "Only days on or after this one.",
                                DATE),
                        Operation.Parameter.query("to", "TimeEntryToFilter", "Only days on or before this one.", DATE),
                        Operation.Parameter.query("billable", "TimeEntryBillableFilter", "Only billable (`true`) or"
                                + " only unbilled (`false`) time.", Operation.schema("type", "boolean")),
                        PageJson.sort("TimeEntrySort", "time entries", ListTimeEntries.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of time entries, by the day worked, newest first unless sorted otherwise.",
                        PageJson.class, TimeEntryJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(capacity.listTimeEntries().execute(actor, new TimeEntryFilters(
                            query.one("clientId"), query.one("projectId"), query.one("taskKey"),
                            query.one("operatorId"), query.one("from"), query.one("to"), query.one("billable")),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), TimeEntryJson::of));
        });
        table.authenticated(HandlerType.PATCH, "/api/v1/time-entries/{id}", Operation.of("changeTimeEntry", TAG,
                        "Correct a time entry")
                .description("One's own; owners and admins, anyone's. The budgets count it anew: a period it takes"
                        + " past 80 % or 100 % raises its crossing, if that period had not.")
                .pathParameter(ID)
                .body(ChangeTimeEntryRequest.class)
                .answers(200, "The time entry as it is now.", TimeEntryJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.TIME_ENTRY_NOT_YOURS), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), ChangeTimeEntryRequest.FIELDS);
            return versioned(200, capacity.changeTimeEntry().execute(actor, ctx.pathParam("id"),
                    new TimeEntryChanges(patch.wholeNumber("minutes"), patch.text("date"), patch.text("note"),
                            patch.flag("billable"), Versions.ifMatch(ctx))));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/time-entries/{id}", Operation.of("deleteTimeEntry", TAG,
                        "Delete a time entry")
                .description("One's own; owners and admins, anyone's. The audit trail keeps what it held; a crossing"
                        + " it caused stays raised.")
                .pathParameter(ID)
                .answersNothing(204, "The time entry is gone.")
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.TIME_ENTRY_NOT_YOURS), (ctx, actor) -> {
            capacity.deleteTimeEntry().execute(actor, ctx.pathParam("id"), Versions.ifMatch(ctx));
            return Reply.noContent();
        });
    }

    private static Reply versioned(int status, TimeEntry entry) {
        return new Reply(status, TimeEntryJson.of(entry), Map.of()).withVersion(entry.version());
    }
}
