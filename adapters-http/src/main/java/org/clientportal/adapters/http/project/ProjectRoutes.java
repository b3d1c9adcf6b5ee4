package org.clientportal.adapters.http.project;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.TransitionRequest;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.MilestoneInput;
import org.clientportal.application.project.ProjectChanges;
import org.clientportal.application.project.ProjectInput;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.ValidationFailed;

/** Projects: create, list, read, edit, move through the lifecycle, plan and complete milestones. */
public final class ProjectRoutes implements FeatureRoutes {

    /** What GET /api/v1/projects takes; {@code status} any number of times (any of them matches). */
    public static final QueryParameters SEARCH_PARAMETERS =
            QueryParameters.of("clientId", "sort", "limit", "cursor").andRepeatable("status");

    private final ProjectFeature projects;

    public ProjectRoutes(ProjectFeature projects) {
        this.projects = projects;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/projects", (ctx, actor) -> {
            CreateProjectRequest body = bodies.read(ctx, CreateProjectRequest.class);
            Project project = projects.createProject().execute(actor, new CreateProjectCommand(body.clientId(),
                    new ProjectInput(body.name(), body.description(), body.startDate(), body.dueDate())));
            return versioned(201, project);
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects", (ctx, actor) -> {
            QueryParameters.Values query = SEARCH_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(projects.searchProjects().execute(actor, query.one("clientId"),
                    query.all("status"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ProjectJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/projects/{id}", (ctx, actor) ->
                versioned(200, projects.getProject().execute(actor, ctx.pathParam("id"))));
        table.authenticated(HandlerType.PATCH, "/api/v1/projects/{id}", (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), Set.of("name", "description", "startDate", "dueDate"));
            Project project = projects.updateProject().execute(actor, ctx.pathParam("id"), new ProjectChanges(
                    patch.text("name"), patch.text("description"), patch.text("startDate"), patch.text("dueDate"),
                    Versions.ifMatch(ctx)));
            return versioned(200, project);
        });
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/transitions", (ctx, actor) -> {
            TransitionRequest body = bodies.read(ctx, TransitionRequest.class);
            return versioned(200, projects.transitionProject().execute(actor, ctx.pathParam("id"),
                    new TransitionCommand(body.to(), body.reason(), Versions.ifMatch(ctx))));
        });
        table.authenticated(HandlerType.PUT, "/api/v1/projects/{id}/milestones", (ctx, actor) -> {
            MilestonesRequest body = bodies.read(ctx, MilestonesRequest.class);
            if (body.milestones() == null) {
                throw ValidationFailed.of("milestones", "is required (an empty list clears the plan)");
            }
            List<MilestoneInput> plan = body.milestones().stream()
                    .map(m -> m == null ? null : new MilestoneInput(m.key(), m.title(), m.taskKeys(), m.dueDate()))
                    .toList();
            return versioned(200, projects.replaceMilestones().execute(actor, ctx.pathParam("id"), plan,
                    Versions.ifMatch(ctx)));
        });
        table.authenticated(HandlerType.POST, "/api/v1/projects/{id}/milestones/{key}/completion", (ctx, actor) ->
                versioned(200, projects.completeMilestone().execute(actor, ctx.pathParam("id"), ctx.pathParam("key"))));
    }

    private static Reply versioned(int status, Project project) {
        return new Reply(status, ProjectJson.of(project), Map.of()).withVersion(project.version());
    }
}
