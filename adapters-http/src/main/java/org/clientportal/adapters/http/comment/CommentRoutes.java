package org.clientportal.adapters.http.comment;

import io.javalin.http.HandlerType;
import java.util.Map;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.comment.CommentChanges;
import org.clientportal.application.comment.CommentFeature;
import org.clientportal.application.comment.ListComments;
import org.clientportal.application.comment.ListSharedComments;
import org.clientportal.application.comment.PostCommentCommand;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Visibility;

/**
 * Comments on tasks: the agency posts, lists, edits and shares them; a client's contact reads the
 * client-visible ones of a task shared with them, and comments there.
 */
public final class CommentRoutes implements FeatureRoutes {

    /** What GET /api/v1/tasks/{key}/comments takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("visibility", "sort", "limit", "cursor");
    /** What GET /portal/api/v1/tasks/{key}/comments takes. */
    public static final QueryParameters PORTAL_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Comments",
            "A task's conversation: the agency's comments, internal by default, and the client's.");
    private static final Operation.Parameter TASK_KEY = Operation.Parameter.path("key", "TaskKey",
            "The task's key, such as `ACME-42`. An unknown key, or another agency's, is not found.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "CommentId",
            "The comment's id. An unknown id, or another agency's, is not found.");

    private final CommentFeature comments;

    public CommentRoutes(CommentFeature comments) {
        this.comments = comments;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/tasks/{key}/comments", Operation.of("postComment", TAG,
                        "Comment on a task")
                .description("Internal unless `visibility` is `client`.")
                .pathParameter(TASK_KEY)
                .body(PostCommentRequest.class)
                .answers(201, "The comment. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        CommentJson.class)
                .versioned()
                .permission(Permission.WRITE), (ctx, actor) -> {
            PostCommentRequest body = bodies.read(ctx, PostCommentRequest.class);
            return versioned(201, comments.postComment().execute(actor,
                    new PostCommentCommand(ctx.pathParam("key"), body.body(), body.visibility())));
        });
        table.authenticated(HandlerType.GET, "/api/v1/tasks/{key}/comments", Operation.of("listComments", TAG,
                        "List a task's comments")
                .pathParameter(TASK_KEY)
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("visibility", "CommentVisibilityFilter",
                                "Only comments of this visibility.", Visibility.class),
                        PageJson.sort("CommentSort", "comments", ListComments.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of the task's comments, oldest first.", PageJson.class, CommentJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(comments.listComments().execute(actor, ctx.pathParam("key"),
                    query.one("visibility"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                    CommentJson::of));
        });
        table.authenticated(HandlerType.PATCH, "/api/v1/comments/{id}", Operation.of("changeComment", TAG,
                        "Edit a comment, or change who sees it")
                .description("Making it client-visible (or internal again) is audited as"
                        + " `comment.visibility-changed`, any other edit as `comment.edited`.")
                .pathParameter(ID)
                .body(ChangeCommentRequest.class)
                .answers(200, "The comment as it is now.", CommentJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.WRITE), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), ChangeCommentRequest.FIELDS);
            return versioned(200, comments.changeComment().execute(actor, ctx.pathParam("id"),
                    new CommentChanges(patch.text("body"), patch.text("visibility"), Versions.ifMatch(ctx))));
        });
        table.portalRead("/portal/api/v1/tasks/{key}/comments", Operation.of("listSharedComments",
                        PortalReadRoutes.TAG, "List the comments of a task shared with the client")
                .pathParameter(PortalReadRoutes.SHARED_TASK_KEY)
                .query(PORTAL_PARAMETERS, PageJson.sort("SharedCommentSort", "shared comments",
                        ListSharedComments.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the task's client-visible comments, oldest first.", PageJson.class,
                        SharedCommentJson.class), (ctx, actor) -> {
            QueryParameters.Values query = PORTAL_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(comments.listSharedComments().execute(actor, ctx.pathParam("key"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), SharedCommentJson::of));
        });
        table.portal(HandlerType.POST, "/portal/api/v1/tasks/{key}/comments", Operation.of("postSharedComment",
                        PortalReadRoutes.TAG, "Comment on a task shared with the client")
                .description("A contact's comment is always client-visible: the agency and the client's other"
                        + " contacts see it. Any contact may comment; no right beyond `view` is needed.")
                .pathParameter(PortalReadRoutes.SHARED_TASK_KEY)
                .body(PortalCommentRequest.class)
                .answers(201, "The comment. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        SharedCommentJson.class), (ctx, actor) -> {
            PortalCommentRequest body = bodies.read(ctx, PortalCommentRequest.class);
            return Reply.created(SharedCommentJson.of(comments.postSharedComment().execute(actor,
                    ctx.pathParam("key"), body.body())));
        });
    }

    private static Reply versioned(int status, TaskComment comment) {
        return new Reply(status, CommentJson.of(comment), Map.of()).withVersion(comment.version());
    }
}
