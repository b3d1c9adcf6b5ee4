package org.clientportal.adapters.web.contact;

import java.util.Map;
import java.util.stream.Collectors;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.shared.PageInput;

/** The contact's home: what happened lately on the work shared with them, and their projects' progress. */
public final class PortalHome implements PageGroup {

    private static final String FEED_SIZE = "20";
    private static final String PROJECTS = "50";

    private final PortalFeature portal;

    public PortalHome(PortalFeature portal) {
        this.portal = portal;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal", (ctx, visit) -> {
            var projects = portal.listSharedProjects().execute(visit.actor(), new PageInput(PROJECTS, null)).items();
            Map<String, String> names = projects.stream().collect(Collectors.toMap(project -> project.id().toString(),
                    project -> project.details().name()));
            var feed = portal.listPortalFeed().execute(visit.actor(), new PageInput(FEED_SIZE, null)).items();
            return Answer.view("contact/home.jte", PortalHomeView.of(visit.frame("Home"), feed, projects, names));
        });
    }
}
