package org.clientportal.application.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/**
 * Lists clients, newest first unless sorted otherwise, filtered by statuses and by text in name,
 * email or company.
 */
public final class SearchClients {

    public static final int QUERY_MAX = 200;

    public static final Listing<ClientSort> LISTING =
            new Listing<>("clients", ClientSort.class, Sort.descending(ClientSort.CREATED_AT));

    private final Transactions transactions;
    private final ClientRepository clients;

    public SearchClients(Transactions transactions, ClientRepository clients) {
        this.transactions = transactions;
        this.clients = clients;
    }

    /** {@code statuses} as sent, any number of them: a client in any of them is listed; none, every client. */
    public Page<Client> execute(Actor actor, List<String> statuses, String query, PageInput pageInput) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Set<ClientStatus> statusFilter = Set.copyOf(v.each("status", statuses,
                raw -> StatusNames.parse(ClientStatus.class, raw)));
        Optional<String> text = v.optionalText("q", query, QUERY_MAX);
        v.done();
        ClientSearch search = new ClientSearch(statusFilter, text);
        PageRequest<ClientSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> clients.search(actor.tenantId(), search, page));
    }
}
