package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;

/** A client's page: who they are, where they stand in their lifecycle, and the moves allowed from there. */
public record ClientView(Frame frame, String id, String name, String company, String email, String phone,
                         String status, String taskKeyPrefix, long version, String since, List<String> moves,
                         List<ProjectRow> projects, Refusal refusal, CapacitySection capacity) {

    /** One of the client's projects, and whether the client sees it. */
    public record ProjectRow(String id, String name, String status, boolean shared) {
    }

    static ClientView of(Frame frame, Client client, List<Project> projects, Refusal refusal,
                         CapacitySection capacity) {
        return new ClientView(frame, client.id().toString(), client.profile().name(),
                client.profile().company().orElse(""), client.profile().email().map(Object::toString).orElse(""),
                client.profile().phone().orElse(""), Lifecycle.wireName(client.status()),
                client.taskKeyPrefix().toString(), client.version(), Shown.time(client.statusChangedAt()),
                ClientLifecycle.MOVES.allowedFrom(client.status()).stream().map(Lifecycle::wireName).sorted().toList(),
                projects.stream().map(project -> new ProjectRow(project.id().toString(), project.details().name(),
                        Shown.label(Lifecycle.wireName(project.status())), project.isVisibleToClient())).toList(),
                refusal, capacity);
    }
}
