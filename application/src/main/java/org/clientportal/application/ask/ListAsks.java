package org.clientportal.application.ask;

import java.util.Optional;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Validation;

/** The agency lists its clients' asks, newest first: all, the unclassified ones (its inbox), or the classified. */
public final class ListAsks {

    public static final Listing<AskSort> LISTING =
            new Listing<>("asks", AskSort.class, Sort.descending(AskSort.CREATED_AT));

    private final Transactions transactions;
    private final AskRepository asks;
    private final AskViews views;

    public ListAsks(Transactions transactions, AskRepository asks, AskViews views) {
        this.transactions = transactions;
        this.asks = asks;
        this.views = views;
    }

    /** {@code classified}: {@code true}, {@code false} or null for both; {@code clientId}: one client's, or null. */
    public Page<AskView> execute(Actor actor, String classified, String clientId, PageInput pageInput) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<Boolean> wanted = v.optional("classified", classified, ListAsks::bool);
        Optional<ClientId> client = v.optional("clientId", clientId, ClientId::of);
        v.done();
        AskSearch search = new AskSearch(wanted, client);
        PageRequest<AskSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> {
            Page<Ask> found = asks.search(actor.tenantId(), search, page);
            return new Page<>(views.of(found.items()), found.next());
        });
    }

    private static boolean bool(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }
}
