package org.clientportal.adapters.web.operator;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.agenda.AgendaFeature;
import org.clientportal.application.queue.QueueFeature;
import org.clientportal.application.shared.PageInput;

/** The operator's first page: what needs someone now (the queue) and what comes due this week. */
public final class Dashboard implements PageGroup {

    private static final String SHOWN = "10";
    private static final String WEEK = "7d";

    private final QueueFeature queue;
    private final AgendaFeature agenda;

    public Dashboard(QueueFeature queue, AgendaFeature agenda) {
        this.queue = queue;
        this.agenda = agenda;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app", (ctx, visit) -> Answer.view("operator/dashboard.jte", new DashboardView(
                visit.frame("Dashboard"),
                queue.getQueue().execute(visit.actor(), new PageInput(SHOWN, null)).items().stream()
                        .map(DashboardView.QueueRow::of).toList(),
                agenda.listDue().execute(visit.actor(), WEEK, new PageInput(SHOWN, null)).items().stream()
                        .map(DashboardView.DueRow::of).toList())));
    }
}
