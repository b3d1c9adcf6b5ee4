package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.project.Project;

/** A project shared with the client: its shared milestones and progress, its shared tasks and updates. */
public final class SharedProjectPages implements PageGroup {

    private static final String SHOWN = "100";

    private final PortalFeature portal;

    public SharedProjectPages(PortalFeature portal) {
        this.portal = portal;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/projects/{id}", (ctx, visit) -> {
            Project project = portal.getSharedProject().execute(visit.actor(), ctx.pathParam("id"));
            var tasks = portal.listSharedTasks().execute(visit.actor(), ctx.pathParam("id"), List.of(),
                    new PageInput(SHOWN, null)).items();
            var updates = portal.listSharedUpdates().execute(visit.actor(), ctx.pathParam("id"),
                    new PageInput(SHOWN, null)).items();
            return Answer.view("contact/project.jte", SharedProjectView.of(visit.frame(project.details().name()),
                    project, tasks, updates));
        });
    }
}
