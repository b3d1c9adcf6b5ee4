package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/** Lists clients, newest first, filtered by status and by text in name, email or company. */
public final class SearchClients {

    public static final int QUERY_MAX = 200;

    private final Transactions transactions;
    private final ClientRepository clients;

    public SearchClients(Transactions transactions, ClientRepository clients) {
        this.transactions = transactions;
        this.clients = clients;
    }

    public Page<Client> execute(Actor actor, String status, String query, PageInput pageInput) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<ClientStatus> statusFilter = v.optional("status", status, raw -> StatusNames.parse(ClientStatus.class, raw));
        Optional<String> text = v.optionalText("q", query, QUERY_MAX);
        v.done();
        PageRequest page = pageInput.toRequest();
        return transactions.inTenant(actor.tenantId(),
                () -> clients.search(actor.tenantId(), new ClientSearch(statusFilter, text), page));
    }
}
