package org.clientportal.adapters.web.operator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.shared.Lifecycle;

/** One page of clients, with the filters that chose them and the address of the next page. */
public record ClientsView(Frame frame, String q, String status, List<String> statuses, List<ClientRow> rows,
                          String nextPage) {

    public record ClientRow(String id, String name, String company, String email, String status, String since) {

        static ClientRow of(Client client) {
            return new ClientRow(client.id().toString(), client.profile().name(), client.profile().company().orElse(""),
                    client.profile().email().map(Object::toString).orElse(""), Lifecycle.wireName(client.status()),
                    Shown.time(client.statusChangedAt()));
        }
    }

    static ClientsView of(Frame frame, String q, String status, Page<Client> page) {
        String next = page.next().map(Cursor::encode)
                .map(cursor -> "/app/clients?q=" + encode(q) + "&status=" + encode(status) + "&cursor=" + cursor)
                .orElse("");
        return new ClientsView(frame, q, status, Arrays.stream(ClientStatus.values()).map(Lifecycle::wireName).toList(),
                page.items().stream().map(ClientRow::of).toList(), next);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
