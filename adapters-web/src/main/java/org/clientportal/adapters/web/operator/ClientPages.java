package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Versions;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;

/**
 * The clients: a list filtered by status and searched by text (the rows alone when htmx asks, as the
 * operator types), and a client's page with the lifecycle's allowed moves as buttons.
 */
public final class ClientPages implements PageGroup {

    private static final String PAGE_SIZE = "50";

    private final ClientFeature clients;
    private final ProjectFeature projects;
    private final ClientTime time;

    public ClientPages(ClientFeature clients, ProjectFeature projects, CapacityFeature capacity) {
        this.clients = clients;
        this.projects = projects;
        this.time = new ClientTime(capacity);
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/clients", (ctx, visit) -> {
            ClientsView view = list(ctx, visit);
            return Answer.view(ctx.header("HX-Request") != null ? "operator/clientRows.jte" : "operator/clients.jte",
                    view);
        });
        pages.operatorPage("/app/clients/{id}", (ctx, visit) -> client(visit, ctx.pathParam("id"), Refusal.NONE));
        pages.operatorForm("/app/clients/{id}/time-entries", (ctx, visit) -> {
            time.log(ctx, visit, ctx.pathParam("id"));
            return Answer.redirect("/app/clients/" + ctx.pathParam("id") + "#time");
        }, (ctx, visit, refusal) -> client(visit, ctx.pathParam("id"), Refusal.NONE, TimeEntryForm.typed(ctx),
                refusal));
        pages.operatorForm("/app/clients/{id}/moves", (ctx, visit) -> {
            Client moved = clients.transitionClient().execute(visit.actor(), ctx.pathParam("id"),
                    new TransitionCommand(Form.text(ctx, "to"), Form.text(ctx, "reason"), Optional.of(Versions.of(ctx))));
            return Answer.redirect("/app/clients/" + moved.id());
        }, (ctx, visit, refusal) -> client(visit, ctx.pathParam("id"), refusal));
    }

    private ClientsView list(Context ctx, Visit visit) {
        String status = Optional.ofNullable(ctx.queryParam("status")).orElse("");
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        Page<Client> page = clients.searchClients().execute(visit.actor(), status.isEmpty() ? List.of()
                : List.of(status), q.isBlank() ? null : q, new PageInput(PAGE_SIZE, ctx.queryParam("cursor")));
        return ClientsView.of(visit.frame("Clients"), q, status, page);
    }

    private Answer client(Visit visit, String id, Refusal refusal) {
        return client(visit, id, refusal, TimeEntryForm.today(), Refusal.NONE);
    }

    /** {@code refusal}: of a move; {@code timeRefusal}: of the time entry {@code typed}. */
    private Answer client(Visit visit, String id, Refusal refusal, TimeEntryForm typed, Refusal timeRefusal) {
        Client client = clients.getClient().execute(visit.actor(), id);
        List<Project> ofClient = projects.searchProjects().execute(visit.actor(), id, List.of(), null,
                new PageInput(PAGE_SIZE, null)).items();
        Refusal shown = refusal.any() ? refusal : timeRefusal;
        return Answer.view("operator/client.jte", ClientView.of(visit.frame(client.profile().name()), client, ofClient,
                refusal, time.section(visit, id, ofClient, typed, timeRefusal)), shown.any() ? shown.status() : 200);
    }
}
