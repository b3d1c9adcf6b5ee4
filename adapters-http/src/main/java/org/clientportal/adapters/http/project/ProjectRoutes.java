package org.clientportal.adapters.http.project;

import io.javalin.http.HandlerType;
import java.util.List;
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
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.MilestoneInput;
import org.clientportal.application.project.ProjectChanges;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.project.ProjectInput;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.shared.ValidationFailed;

/** Projects: create, list, read, edit, move through the lifecycle, plan and complete milestones. */
public final class ProjectRoutes implements FeatureRoutes {

    /** What GET /api/v1/projects takes; {@code status} any number of times (any of them matches). */
    public static final QueryParameters SEARCH_PARAMETERS =
            QueryParameters.of("clientId", "visibility", "sort", "limit", "cursor").andRepeatable("status");

    private static final Operation.Tag TAG = new Operation.Tag("Projects", "Projects and their lifecycle.");
    private static final Operation.Tag MILESTONES = new Operation.Tag("Milestones", "A project's ordered plan.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "ProjectId",
            "The project's id. An unknown id, or another agency's, is not found.");

    private final ProjectFeature projects;

    public ProjectRoutes(ProjectFeature projects) {
        this.projects = projects;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/projects", Operation.of("createProject", TAG,
                        "Plan a project for a client")
                .description("The client must exist in the caller's agency (404 otherwise) and not be offboarded.")
                .body(CreateProjectRequest.class)
                .answers(201, "The project, in status `planned`. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", ProjectJson.class)
                .versioned()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.RECORD_NOT_FOUND.meaning("no such client in the caller's agency"),
                        ProblemCodes.PROJECT_CLIENT_OFFBOARDED), (ctx, actor) -> {
            CreateProjectRequest body = bodies.read(ctx, CreateProjectRequest.class);
            Project project = projects.createProject().execute(actor, new CreateProjectCommand(body.clientId(),
                    new ProjectInput(body.name(), body.description(), body.startDate(), body.dueDate())));
            return versioned(201, project);
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects", Operation.of("searchProjects", TAG, "List projects")
                .query(SEARCH_PARAMETERS,
                        Operation.Parameter.query("clientId", "ClientIdFilter", "Only projects of this client.",
                                Operation.schema("type", "string", "format", "uuid")),
                        Operation.Parameter.query("status", "ProjectStatusFilter", "Only projects in one of these"
                                + " statuses: repeat the parameter for several (`status=planned&status=active`). Left"
                                + " out, every status.", ProjectStatus.class),
                        Operation.Parameter.query("visibility", "VisibilityFilter", "Only records of this visibility.",
                                Visibility.class),
                        PageJson.sort("ProjectSort", "projects", SearchProjects.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of projects, in the order asked for (newest first by default).", PageJson.class, ProjectJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = SEARCH_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(projects.searchProjects().execute(actor, query.one("clientId"),
                    query.all("status"), query.one("visibility"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ProjectJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects/{id}", Operation.of("getProject", TAG, "Read a project")
                .pathParameter(ID)
                .answers(200, "The project with its milestones and the moves its status allows now.", ProjectJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(200, projects.getProject().execute(actor, ctx.pathParam("id"))));
        table.authenticated(HandlerType.PATCH, "/api/v1/projects/{id}", Operation.of("updateProject", TAG,
                        "Edit a project's details, or share it with the client")
                .description("A partial update of name, description, start and due date, and of its visibility:"
                        + " `client` shows the project, its client-visible milestones and updates to the client's"
                        + " contacts. The status moves only through POST /api/v1/projects/{id}/transitions.")
                .pathParameter(ID)
                .body(UpdateProjectRequest.class)
                .answers(200, "The project as it is now (unchanged, at the same version, when nothing changed).",
                        ProjectJson.class)
                .ifMatch()
                .permission(Permission.WRITE), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), UpdateProjectRequest.FIELDS);
            Project project = projects.updateProject().execute(actor, ctx.pathParam("id"), new ProjectChanges(
                    patch.text("name"), patch.text("description"), patch.text("startDate"), patch.text("dueDate"),
                    patch.text("visibility"), Versions.ifMatch(ctx)));
            return versioned(200, project);
        });
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/transitions", Operation.of("transitionProject", TAG,
                        "Move a project along its lifecycle")
                .description("Allowed moves:\n\n" + Operation.allowedMoves(ProjectLifecycle.MOVES, ProjectStatus.class)
                        + "\n\nCompletion needs every milestone done; `active` needs the client onboarding or active.")
                .pathParameter(ID)
                .body(ProjectTransitionRequest.class)
                .answers(200, "The project in its new status. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", ProjectJson.class)
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.PROJECT_TRANSITION_NOT_ALLOWED, ProblemCodes.PROJECT_OPEN_MILESTONES,
                        ProblemCodes.PROJECT_CLIENT_NOT_ENGAGED), (ctx, actor) -> {
            ProjectTransitionRequest body = bodies.read(ctx, ProjectTransitionRequest.class);
            return versioned(200, projects.transitionProject().execute(actor, ctx.pathParam("id"),
                    new TransitionCommand(body.to(), body.reason(), Versions.ifMatch(ctx))));
        });
        table.authenticated(HandlerType.PUT, "/api/v1/projects/{id}/milestones", Operation.of("replaceMilestones",
                        MILESTONES, "Replace a project's milestone plan")
                .description("Sends the whole ordered plan (at most " + Project.MILESTONES_MAX + " milestones). A"
                        + " milestone that keeps its key keeps its completion, so reordering or retitling does not reopen"
                        + " finished work. Every linked key must name a task of this project.")
                .pathParameter(ID)
                .body(MilestonesRequest.class)
                .answers(200, "The project with its new plan.", ProjectJson.class)
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.PROJECT_CLOSED, ProblemCodes.PROJECT_UNKNOWN_TASK_KEYS), (ctx, actor) -> {
            MilestonesRequest body = bodies.read(ctx, MilestonesRequest.class);
            if (body.milestones() == null) {
                throw ValidationFailed.of("milestones", "is required (an empty list clears the plan)");
            }
            List<MilestoneInput> plan = body.milestones().stream()
                    .map(m -> m == null ? null : new MilestoneInput(m.key(), m.title(), m.taskKeys(), m.dueDate(), m.visibility()))
                    .toList();
            return versioned(200, projects.replaceMilestones().execute(actor, ctx.pathParam("id"), plan,
                    Versions.ifMatch(ctx)));
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects/{id}/milestones", Operation.of("getMilestones",
                        MILESTONES, "Read a project's plan with its tasks' progress")
                .description("Each milestone with the status of every task it links, read in one transaction with the"
                        + " project; a milestone is `ready` when all of them are done.")
                .pathParameter(ID)
                .answers(200, "The plan, in order, with the project's version.", MilestonesJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) -> {
            MilestonesJson plan = MilestonesJson.of(projects.getMilestones().execute(actor, ctx.pathParam("id")));
            return Reply.ok(plan).withVersion(plan.version());
        });
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/milestones/{key}/completion",
                Operation.of("completeMilestone", MILESTONES, "Complete a milestone")
                        .description("Takes no body. An unknown project or milestone is 404.")
                        .pathParameter(ID)
                        .pathParameter(Operation.Parameter.path("key", "MilestoneKey",
                                "The milestone's key within the project."))
                        .answers(200, "The project with the milestone completed (unchanged when it already was). With"
                                + " an `Idempotency-Key`, a repeat gets the recorded answer.", ProjectJson.class)
                        .versioned()
                        .permission(Permission.WRITE)
                        .problems(ProblemCodes.PROJECT_CLOSED, ProblemCodes.CONCURRENT_MODIFICATION), (ctx, actor) ->
                versioned(200, projects.completeMilestone().execute(actor, ctx.pathParam("id"), ctx.pathParam("key"))));
    }

    private static Reply versioned(int status, Project project) {
        return new Reply(status, ProjectJson.of(project), Map.of()).withVersion(project.version());
    }
}
