package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.agenda.AgendaFeature;
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.queue.QueueFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.queue.QueueItem;

/**
 * The operator's first page: client requests whose SLA is at risk or breached, what else needs someone
 * now (the rest of the queue), what comes due this week, and the
 * capacity used by the clients under way: the first page of onboarding and active clients (by name),
 * whose budgets are read at once.
 */
public final class Dashboard implements PageGroup {

    private static final String SHOWN = "10";
    private static final int SHOWN_COUNT = 10;
    /** The queue lists SLA items first: one page of 50 holds those at risk, then the rest of what waits. */
    private static final String QUEUE_READ = "50";
    private static final String WEEK = "7d";

    private static final String CHARTED = "50";
    private static final List<String> UNDER_WAY = List.of("onboarding", "active");

    private final QueueFeature queue;
    private final AgendaFeature agenda;
    private final ClientFeature clients;
    private final CapacityFeature capacity;

    public Dashboard(QueueFeature queue, AgendaFeature agenda, ClientFeature clients, CapacityFeature capacity) {
        this.queue = queue;
        this.agenda = agenda;
        this.clients = clients;
        this.capacity = capacity;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app", (ctx, visit) -> {
            List<QueueItem> waiting = queue.getQueue().execute(visit.actor(), new PageInput(QUEUE_READ, null)).items();
            return Answer.view("operator/dashboard.jte", new DashboardView(visit.frame("Dashboard"),
                    waiting.stream().filter(item -> item.kind().isSla()).map(DashboardView.QueueRow::of).toList(),
                    waiting.stream().filter(item -> !item.kind().isSla()).limit(SHOWN_COUNT)
                            .map(DashboardView.QueueRow::of).toList(),
                    agenda.listDue().execute(visit.actor(), WEEK, new PageInput(SHOWN, null)).items().stream()
                            .map(DashboardView.DueRow::of).toList(),
                    capacityChart(visit)));
        });
    }

    private CapacityChart capacityChart(Visit visit) {
        List<Client> underWay = clients.searchClients().execute(visit.actor(), UNDER_WAY, null,
                new PageInput(CHARTED, null, "name")).items();
        return CapacityChart.of(underWay, capacity.getCapacityOfClients().execute(visit.actor(),
                underWay.stream().map(Client::id).toList()));
    }
}
