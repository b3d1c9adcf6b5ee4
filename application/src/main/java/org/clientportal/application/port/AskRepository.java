package org.clientportal.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.ask.AskSearch;
import org.clientportal.application.ask.AskSort;
import org.clientportal.application.ask.RequestRef;
import org.clientportal.application.ask.RequestSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;

/**
 * Asks, their published replies, and the list of what a client filed (its asks and its task
 * requests together). An ask's key comes from the client's task counter ({@link TaskRepository#nextNumber}).
 */
public interface AskRepository {

    /** Throws {@link org.clientportal.domain.shared.AlreadyExists} (ask.key-taken) for a key the tenant has. */
    void add(Ask ask);

    Optional<Ask> find(TenantId tenant, TaskKey key);

    /** The asks of these keys, in no particular order; a key of no ask is left out. One query, for a page of them. */
    List<Ask> findAll(TenantId tenant, Collection<TaskKey> keys);

    /** The same ask named by its id (the parent of an attachment). */
    Optional<Ask> find(TenantId tenant, AskId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(Ask ask, long expectedVersion);

    /** The asks matching the filters, newest first or oldest first (ties by id), after the request's position. */
    Page<Ask> search(TenantId tenant, AskSearch search, PageRequest<AskSort> page);

    void addReply(AskReply reply);

    /** The ask's replies, oldest first. */
    List<AskReply> replies(TenantId tenant, AskId ask);

    /** The replies of each of these asks, oldest first; an ask without any is absent. */
    Map<AskId, List<AskReply>> repliesOf(TenantId tenant, Collection<AskId> asks);

    /**
     * What the client filed, as its contacts may see it: its client-visible asks and its client-visible
     * task requests (tasks from the portal) on its shared projects, in the request's order (ties by id).
     */
    Page<RequestRef> requestsOf(TenantId tenant, ClientId client, PageRequest<RequestSort> page);
}
