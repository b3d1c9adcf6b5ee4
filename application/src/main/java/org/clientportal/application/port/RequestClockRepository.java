package org.clientportal.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.RequestClock;

/** The SLA clocks of client requests, one per request key. */
public interface RequestClockRepository {

    void add(RequestClock clock);

    /**
     * The clock of the request filed under this key, held until the transaction ends: the writers of
     * one clock (a move, a reply, a comment) take turns, so none undoes another's change.
     */
    Optional<RequestClock> lockOfRequest(TenantId tenant, TaskKey requestKey);

    /** The clock the task carries (its own as a request, or its ask's), held as {@link #lockOfRequest} holds it. */
    Optional<RequestClock> lockOfTask(TenantId tenant, TaskKey taskKey);

    /** Writes a clock read with one of the locks above; its stops are only ever added to. */
    void update(RequestClock clock);

    /** The clocks these tasks carry, by task key; a task without one is left out. */
    Map<TaskKey, RequestClock> ofTasks(TenantId tenant, Collection<TaskKey> taskKeys);

    /** The clocks of the requests filed under these keys, by request key. */
    Map<TaskKey, RequestClock> ofRequests(TenantId tenant, Collection<TaskKey> requestKeys);

    /** Every clock running now: neither resolved nor paused. */
    List<RequestClock> running(TenantId tenant);
}
