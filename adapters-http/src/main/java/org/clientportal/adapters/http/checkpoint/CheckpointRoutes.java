package org.clientportal.adapters.http.checkpoint;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.checkpoint.CheckpointFeature;
import org.clientportal.application.checkpoint.PlanCheckpointCommand;
import org.clientportal.domain.operator.Permission;

/** Projects' recurring checkpoints. */
public final class CheckpointRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Checkpoints",
            "Recurring checkpoints of a project (a weekly status review, a monthly call): on each of its days the"
                    + " scheduler makes a task of it, at 04:15 UTC.");
    private static final Operation.Parameter PROJECT_ID = Operation.Parameter.path("id", "CheckpointProjectId",
            "The project's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "CheckpointId",
            "The checkpoint's id. An unknown id, or another agency's, is not found.");

    private final CheckpointFeature checkpoints;

    public CheckpointRoutes(CheckpointFeature checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/checkpoints", Operation.of("planCheckpoint", TAG,
                        "Give a project a recurring checkpoint")
                .description("Each of its days becomes a task on the project, due that day, made by the"
                        + " `recurring-checkpoints` job (source `checkpoint`, audited as the job). At most 20 a"
                        + " project. Audited as `checkpoint.planned`, on the project.")
                .pathParameter(PROJECT_ID)
                .body(PlanCheckpointRequest.class)
                .answers(201, "The checkpoint, with the day it first falls on.", CheckpointJson.class)
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CHECKPOINT_TOO_MANY), (ctx, actor) -> {
            PlanCheckpointRequest body = bodies.read(ctx, PlanCheckpointRequest.class);
            return Reply.created(CheckpointJson.of(checkpoints.planCheckpoint().execute(actor,
                    new PlanCheckpointCommand(ctx.pathParam("id"), body.title(), body.every(), body.on(),
                            body.startsOn(), body.visibility()))));
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects/{id}/checkpoints", Operation.of("listCheckpoints",
                        TAG, "List a project's checkpoints")
                .pathParameter(PROJECT_ID)
                .answers(200, "The project's checkpoints, soonest due first (at most 20, never paged).",
                        CheckpointsJson.class)
                .permission(Permission.READ), (ctx, actor) ->
                Reply.ok(new CheckpointsJson(checkpoints.listCheckpoints().execute(actor, ctx.pathParam("id"))
                        .stream().map(CheckpointJson::of).toList())));
        table.authenticated(HandlerType.DELETE, "/api/v1/checkpoints/{id}", Operation.of("removeCheckpoint", TAG,
                        "Stop a checkpoint")
                .description("The tasks it made stay. Audited as `checkpoint.removed`, on the project.")
                .pathParameter(ID)
                .answersNothing(204, "Stopped; the tasks it made stay.")
                .permission(Permission.WRITE), (ctx, actor) -> {
            checkpoints.removeCheckpoint().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
