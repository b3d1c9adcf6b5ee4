package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.shared.Lifecycle;

/** A client's page: who they are, where they stand in their lifecycle, and the moves allowed from there. */
public record ClientView(Frame frame, String id, String name, String company, String email, String phone,
                         String status, String taskKeyPrefix, long version, String since, List<String> moves,
                         Refusal refusal) {

    static ClientView of(Frame frame, Client client, Refusal refusal) {
        return new ClientView(frame, client.id().toString(), client.profile().name(),
                client.profile().company().orElse(""), client.profile().email().map(Object::toString).orElse(""),
                client.profile().phone().orElse(""), Lifecycle.wireName(client.status()),
                client.taskKeyPrefix().toString(), client.version(), Shown.time(client.statusChangedAt()),
                ClientLifecycle.MOVES.allowedFrom(client.status()).stream().map(Lifecycle::wireName).sorted().toList(),
                refusal);
    }
}
