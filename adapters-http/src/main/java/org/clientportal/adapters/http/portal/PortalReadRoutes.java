package org.clientportal.adapters.http.portal;

import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.portal.ListPortalFeed;
import org.clientportal.application.portal.ListSharedProjects;
import org.clientportal.application.portal.ListSharedTasks;
import org.clientportal.application.portal.ListSharedUpdates;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.task.TaskStatus;

/** What a contact reads in the portal: their client's shared projects and the updates and tasks on them. */
public final class PortalReadRoutes implements FeatureRoutes {

    public static final QueryParameters PROJECT_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");
    public static final QueryParameters FEED_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");
    public static final QueryParameters UPDATE_PARAMETERS = QueryParameters.of("projectId", "sort", "limit", "cursor");
    /** {@code status} any number of times (any of them matches). */
    public static final QueryParameters TASK_PARAMETERS = QueryParameters.of("projectId", "sort", "limit", "cursor")
            .andRepeatable("status");

    /** The portal's operations, wherever their feature registers them. */
    public static final Operation.Tag TAG = new Operation.Tag("Portal",
            "What a client's contact sees: only what the agency shares with their client.");

    /** A task's key on portal routes; comments and requests name tasks by it too. */
    public static final Operation.Parameter SHARED_TASK_KEY = Operation.Parameter.path("key", "SharedTaskKey", "The task's"
            + " key, such as `ACME-42`. An internal task, a task of a project not shared with the client, or another"
            + " client's, is not found, like one that does not exist.");

    private final PortalFeature portal;

    public PortalReadRoutes(PortalFeature portal) {
        this.portal = portal;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.portalRead("/portal/api/v1/projects", Operation.of("listSharedProjects", TAG,
                        "List the projects shared with the client")
                .query(PROJECT_PARAMETERS, PageJson.sort("SharedProjectSort", "shared projects",
                        ListSharedProjects.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client's shared projects, by name unless sorted otherwise.",
                        PageJson.class, SharedProjectJson.class), (ctx, actor) -> {
            QueryParameters.Values query = PROJECT_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(portal.listSharedProjects().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), SharedProjectJson::of));
        });
        table.portalRead("/portal/api/v1/projects/{id}", Operation.of("getSharedProject", TAG,
                        "Read a project shared with the client")
                .pathParameter(Operation.Parameter.path("id", "SharedProjectId", "The project's id. A project not shared"
                        + " with the client, or another client's, is not found, like one that does not exist."))
                .answers(200, "The project with its shared milestones.", SharedProjectJson.class), (ctx, actor) ->
                Reply.ok(SharedProjectJson.of(portal.getSharedProject().execute(actor, ctx.pathParam("id")))));
        table.portalRead("/portal/api/v1/updates", Operation.of("listSharedUpdates", TAG,
                        "List the updates shared with the client")
                .query(UPDATE_PARAMETERS,
                        Operation.Parameter.query("projectId", "ProjectIdFilter", "Only updates of this project.",
                                Operation.schema("type", "string", "format", "uuid")),
                        PageJson.sort("SharedUpdateSort", "shared updates", ListSharedUpdates.LISTING),
                        PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client-visible updates of the client's shared projects, newest first.",
                        PageJson.class, SharedUpdateJson.class), (ctx, actor) -> {
            QueryParameters.Values query = UPDATE_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(portal.listSharedUpdates().execute(actor, query.one("projectId"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), SharedUpdateJson::of));
        });
        table.portalRead("/portal/api/v1/feed", Operation.of("readFeed", TAG, "Read the client's feed")
                .description("What happened on the client's projects that is shared with it: client-visible updates"
                        + " of shared projects, client-visible comments and moves of their client-visible tasks,"
                        + " client-visible milestones reached.")
                .query(FEED_PARAMETERS, PageJson.sort("FeedSort", "feed", ListPortalFeed.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of the feed, newest first.", PageJson.class, FeedEntryJson.class),
                (ctx, actor) -> {
                    QueryParameters.Values query = FEED_PARAMETERS.read(ctx);
                    return Reply.ok(PageJson.of(portal.listPortalFeed().execute(actor,
                            new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                            FeedEntryJson::of));
                });
        table.portalRead("/portal/api/v1/tasks", Operation.of("listSharedTasks", TAG,
                        "List the tasks shared with the client")
                .query(TASK_PARAMETERS,
                        Operation.Parameter.query("projectId", "SharedTaskProjectFilter", "Only tasks of this project.",
                                Operation.schema("type", "string", "format", "uuid")),
                        Operation.Parameter.query("status", "SharedTaskStatusFilter", "Only tasks in one of these"
                                + " statuses: repeat the parameter for several. Left out, every status.",
                                TaskStatus.class),
                        PageJson.sort("SharedTaskSort", "shared tasks", ListSharedTasks.LISTING),
                        PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client-visible tasks of the client's shared projects, newest first"
                        + " unless sorted otherwise.", PageJson.class, SharedTaskJson.class), (ctx, actor) -> {
            QueryParameters.Values query = TASK_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(portal.listSharedTasks().execute(actor, query.one("projectId"),
                    query.all("status"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                    SharedTaskJson::of));
        });
        table.portalRead("/portal/api/v1/tasks/{key}", Operation.of("getSharedTask", TAG,
                        "Read a task shared with the client")
                .pathParameter(SHARED_TASK_KEY)
                .answers(200, "The task.", SharedTaskJson.class), (ctx, actor) ->
                Reply.ok(SharedTaskJson.of(portal.getSharedTask().execute(actor, ctx.pathParam("key")))));
    }
}
