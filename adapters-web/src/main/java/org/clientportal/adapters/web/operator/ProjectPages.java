package org.clientportal.adapters.web.operator;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.task.TaskFeature;
import org.clientportal.application.task.TaskFilters;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.application.update.UpdateFeature;
import org.clientportal.domain.project.Project;

/**
 * A project's page: its milestones, its tasks as a board by status, and its updates, each marked
 * internal or seen by the client, with the form to post one (internal unless the operator says so).
 */
public final class ProjectPages implements PageGroup {

    private static final String BOARD_SIZE = "100";
    private static final String UPDATES = "50";

    private final ProjectFeature projects;
    private final TaskFeature tasks;
    private final UpdateFeature updates;

    public ProjectPages(ProjectFeature projects, TaskFeature tasks, UpdateFeature updates) {
        this.projects = projects;
        this.tasks = tasks;
        this.updates = updates;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/projects/{id}", (ctx, visit) ->
                project(visit, ctx.pathParam("id"), UpdateDraft.EMPTY, Refusal.NONE));
        pages.operatorForm("/app/projects/{id}/updates", (ctx, visit) -> {
            updates.postUpdate().execute(visit.actor(), new PostUpdateCommand(ctx.pathParam("id"),
                    Form.text(ctx, "body"), Form.text(ctx, "visibility")));
            return Answer.redirect("/app/projects/" + ctx.pathParam("id") + "#updates");
        }, (ctx, visit, refusal) -> project(visit, ctx.pathParam("id"),
                new UpdateDraft(Form.text(ctx, "body"), Form.text(ctx, "visibility")), refusal));
    }

    private Answer project(Visit visit, String id, UpdateDraft draft, Refusal refusal) {
        Project project = projects.getProject().execute(visit.actor(), id);
        var board = tasks.searchTasks().execute(visit.actor(), new TaskFilters(id, null, null, null, null, null),
                new PageInput(BOARD_SIZE, null)).items();
        var posted = updates.listUpdates().execute(visit.actor(), id, null, new PageInput(UPDATES, null)).items();
        return Answer.view("operator/project.jte", ProjectView.of(visit.frame(project.details().name()), project,
                board, posted, draft, refusal), refusal.any() ? refusal.status() : 200);
    }

    /** What the operator typed into the update form, shown again when it was refused. */
    public record UpdateDraft(String body, String visibility) {

        static final UpdateDraft EMPTY = new UpdateDraft("", "internal");

        public boolean shared() {
            return "client".equals(visibility);
        }
    }
}
