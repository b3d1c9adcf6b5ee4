package org.clientportal.adapters.http.task;

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
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.task.CreateTaskCommand;
import org.clientportal.application.task.SearchTasks;
import org.clientportal.application.task.TaskChanges;
import org.clientportal.application.task.TaskFeature;
import org.clientportal.application.task.TaskFilters;
import org.clientportal.application.task.TaskInput;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskStatus;

/** Tasks on projects: create, list, read and edit by key, move through the lifecycle. */
public final class TaskRoutes implements FeatureRoutes {

    /** The shape of a task key, {@code ACME-42}. */
    public static final String KEY_PATTERN = TaskKey.PATTERN;

    /** What GET /api/v1/tasks takes; {@code status} any number of times (any of them matches). */
    public static final QueryParameters SEARCH_PARAMETERS = QueryParameters.of("projectId", "clientId", "assigneeId",
            "visibility", "dueBefore", "sort", "limit", "cursor").andRepeatable("status");

    private static final Operation.Tag TAG = new Operation.Tag("Tasks", "Tasks on projects and their lifecycle.");
    private static final Operation.Parameter KEY = Operation.Parameter.path("key", "TaskKey",
            "The task's key, such as `ACME-42`. An unknown key, or another agency's, is not found.");

    private final TaskFeature tasks;

    public TaskRoutes(TaskFeature tasks) {
        this.tasks = tasks;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/tasks", Operation.of("createTask", TAG, "Add a task to a project")
                .description("The task starts `open`, keyed with its client's task key prefix and the client's next"
                        + " number (`ACME-1`, `ACME-2`, …: no gap, no repeat). The project must exist in the caller's"
                        + " agency (404 otherwise) and not be completed or cancelled; its client must not be"
                        + " offboarded.")
                .body(CreateTaskRequest.class)
                .answers(201, "The task, with its key. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        TaskJson.class)
                .versioned()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.RECORD_NOT_FOUND.meaning("no such project in the caller's agency"),
                        ProblemCodes.TASK_PROJECT_CLOSED, ProblemCodes.TASK_CLIENT_OFFBOARDED), (ctx, actor) -> {
            CreateTaskRequest body = bodies.read(ctx, CreateTaskRequest.class);
            TaskView task = tasks.createTask().execute(actor, new CreateTaskCommand(body.projectId(),
                    new TaskInput(body.title(), body.description(), body.priority(), body.dueDate(),
                            body.assigneeId(), body.visibility())));
            return versioned(201, task);
        });
        table.authenticated(HandlerType.GET, "/api/v1/tasks", Operation.of("searchTasks", TAG, "List tasks")
                .query(SEARCH_PARAMETERS,
                        Operation.Parameter.query("projectId", "TaskProjectFilter", "Only tasks of this project.",
                                Operation.schema("type", "string", "format", "uuid")),
                        Operation.Parameter.query("clientId", "TaskClientFilter", "Only tasks of this client.",
                                Operation.schema("type", "string", "format", "uuid")),
                        Operation.Parameter.query("status", "TaskStatusFilter", "Only tasks in one of these statuses:"
                                + " repeat the parameter for several (`status=open&status=in_progress`). Left out,"
                                + " every status.", TaskStatus.class),
                        Operation.Parameter.query("assigneeId", "TaskAssigneeFilter", "Only tasks assigned to this"
                                + " operator.", Operation.schema("type", "string", "format", "uuid")),
                        Operation.Parameter.query("visibility", "TaskVisibilityFilter", "Only tasks of this visibility.",
                                Visibility.class),
                        Operation.Parameter.query("dueBefore", "TaskDueBeforeFilter", "Only tasks due before this day"
                                + " (tasks without a due date never match).", Operation.schema("type", "string",
                                "format", "date")),
                        PageJson.sort("TaskSort", "tasks", SearchTasks.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of tasks, in the order asked for (newest first by default).", PageJson.class,
                        TaskJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = SEARCH_PARAMETERS.read(ctx);
            TaskFilters filters = new TaskFilters(query.one("projectId"), query.one("clientId"), query.all("status"),
                    query.one("assigneeId"), query.one("visibility"), query.one("dueBefore"));
            return Reply.ok(PageJson.of(tasks.searchTasks().execute(actor, filters,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                    TaskJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/tasks/{key}", Operation.of("getTask", TAG, "Read a task")
                .pathParameter(KEY)
                .answers(200, "The task, with the moves its status allows now.", TaskJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(200, tasks.getTask().execute(actor, ctx.pathParam("key"))));
        table.authenticated(HandlerType.PATCH, "/api/v1/tasks/{key}", Operation.of("updateTask", TAG,
                        "Edit a task's details")
                .description("A partial update of title, description, priority, due date, assignee and visibility."
                        + " The status moves only through POST /api/v1/tasks/{key}/transitions; project, client and"
                        + " key never change.")
                .pathParameter(KEY)
                .body(UpdateTaskRequest.class)
                .answers(200, "The task as it is now (unchanged, at the same version, when nothing changed).",
                        TaskJson.class)
                .ifMatch()
                .permission(Permission.WRITE), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), UpdateTaskRequest.FIELDS);
            TaskView task = tasks.updateTask().execute(actor, ctx.pathParam("key"), new TaskChanges(patch.text("title"),
                    patch.text("description"), patch.text("priority"), patch.text("dueDate"),
                    patch.text("assigneeId"), patch.text("visibility"), Versions.ifMatch(ctx)));
            return versioned(200, task);
        });
        table.authenticated(HandlerType.POST, "/api/v1/tasks/{key}/transitions", Operation.of("transitionTask", TAG,
                        "Move a task along its lifecycle")
                .description("Allowed moves:\n\n" + Operation.allowedMoves(TaskLifecycle.MOVES, TaskStatus.class)
                        + "\n\nDeclining a request (`requested` to `cancelled`) needs a `reason`. A task of a"
                        + " completed or cancelled project can only be done or cancelled.")
                .pathParameter(KEY)
                .body(TaskTransitionRequest.class)
                .answers(200, "The task in its new status. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", TaskJson.class)
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.TASK_TRANSITION_NOT_ALLOWED, ProblemCodes.TASK_PROJECT_CLOSED),
                (ctx, actor) -> {
            TaskTransitionRequest body = bodies.read(ctx, TaskTransitionRequest.class);
            return versioned(200, tasks.transitionTask().execute(actor, ctx.pathParam("key"),
                    new TransitionCommand(body.to(), body.reason(), Versions.ifMatch(ctx))));
        });
    }

    private static Reply versioned(int status, TaskView view) {
        return new Reply(status, TaskJson.of(view), Map.of()).withVersion(view.task().version());
    }
}
