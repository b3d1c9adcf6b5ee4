package org.clientportal.adapters.http.update;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.update.ListUpdates;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.application.update.UpdateChanges;
import org.clientportal.application.update.UpdateFeature;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;

/** Updates on projects: post, list, read, edit, share with the client. */
public final class UpdateRoutes implements FeatureRoutes {

    /** What GET /api/v1/projects/{id}/updates takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("visibility", "sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Updates",
            "Notes on a project: internal by default, or shown to the client.");
    private static final Operation.Parameter PROJECT_ID = Operation.Parameter.path("id", "ProjectId",
            "The project's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "UpdateId",
            "The update's id. An unknown id, or another agency's, is not found.");

    private final UpdateFeature updates;

    public UpdateRoutes(UpdateFeature updates) {
        this.updates = updates;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/updates", Operation.of("postUpdate", TAG,
                        "Post an update on a project")
                .description("Internal unless `visibility` is `client`.")
                .pathParameter(PROJECT_ID)
                .body(PostUpdateRequest.class)
                .answers(201, "The update. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        UpdateJson.class)
                .versioned()
                .permission(Permission.WRITE), (ctx, actor) -> {
            PostUpdateRequest body = bodies.read(ctx, PostUpdateRequest.class);
            ProjectUpdate update = updates.postUpdate().execute(actor,
                    new PostUpdateCommand(ctx.pathParam("id"), body.body(), body.visibility()));
            return Reply.created(UpdateJson.of(update)).withVersion(update.version());
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects/{id}/updates", Operation.of("listUpdates", TAG,
                        "List a project's updates")
                .pathParameter(PROJECT_ID)
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("visibility", "VisibilityFilter", "Only records of this visibility.",
                                Visibility.class),
                        PageJson.sort("UpdateSort", "updates", ListUpdates.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the project's updates, newest first.", PageJson.class, UpdateJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(updates.listUpdates().execute(actor, ctx.pathParam("id"), query.one("visibility"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), UpdateJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/updates/{id}", Operation.of("getUpdate", TAG, "Read an update")
                .pathParameter(ID)
                .answers(200, "The update.", UpdateJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) -> {
            ProjectUpdate update = updates.getUpdate().execute(actor, ctx.pathParam("id"));
            return Reply.ok(UpdateJson.of(update)).withVersion(update.version());
        });
        table.authenticated(HandlerType.PATCH, "/api/v1/updates/{id}", Operation.of("changeUpdate", TAG,
                        "Edit an update, or change who sees it")
                .description("Making it client-visible (or internal again) is audited as"
                        + " `update.visibility-changed`, any other edit as `update.edited`.")
                .pathParameter(ID)
                .body(ChangeUpdateRequest.class)
                .answers(200, "The update as it is now.", UpdateJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.WRITE), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), ChangeUpdateRequest.FIELDS);
            ProjectUpdate update = updates.changeUpdate().execute(actor, ctx.pathParam("id"),
                    new UpdateChanges(patch.text("body"), patch.text("visibility"), Versions.ifMatch(ctx)));
            return Reply.ok(UpdateJson.of(update)).withVersion(update.version());
        });
    }
}
