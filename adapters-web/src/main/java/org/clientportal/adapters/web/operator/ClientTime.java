package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.List;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.domain.project.Project;

/** The client page's time and capacity: logging time on the client, and its budgets as they stand today. */
final class ClientTime {

    private final CapacityFeature capacity;

    ClientTime(CapacityFeature capacity) {
        this.capacity = capacity;
    }

    void log(Context ctx, Visit visit, String clientId) {
        capacity.logTime().execute(visit.actor(), TimeEntryForm.typed(ctx).command(clientId));
    }

    /** The budgets' periods holding today. */
    CapacitySection section(Visit visit, String clientId, List<Project> projects, TimeEntryForm form,
                            Refusal refusal) {
        return CapacitySection.of(visit.frame().csrfToken(), capacity.getCapacity().execute(visit.actor(), clientId,
                null, null), projects, form, refusal);
    }
}
