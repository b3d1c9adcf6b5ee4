package org.clientportal.application.apikey;

import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.operator.Permission;

/** Lists the agency's API keys, revoked ones included, newest first unless sorted otherwise. */
public final class ListApiKeys {

    public static final Listing<ApiKeySort> LISTING =
            new Listing<>("api-keys", ApiKeySort.class, Sort.descending(ApiKeySort.CREATED_AT));

    /** The key list takes no filters. */
    private static final String NO_FILTERS = "";

    private final Transactions transactions;
    private final ApiKeyRepository keys;

    public ListApiKeys(Transactions transactions, ApiKeyRepository keys) {
        this.transactions = transactions;
        this.keys = keys;
    }

    public Page<ApiKey> execute(Actor actor, PageInput pageInput) {
        actor.require(Permission.MANAGE_API_KEYS);
        PageRequest<ApiKeySort> page = LISTING.request(pageInput, actor.tenantId(), NO_FILTERS);
        return transactions.inTenant(actor.tenantId(), () -> keys.list(actor.tenantId(), page));
    }
}
