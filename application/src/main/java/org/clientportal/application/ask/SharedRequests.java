package org.clientportal.application.ask;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskSource;

/**
 * The one reading of "a request this contact may see", for the portal's request routes: a
 * client-visible ask of their client, or a task their client requested that they may see (see
 * {@link SharedTasks}). Any other key is not found, exactly like one that names nothing. Called
 * inside the caller's portal transaction.
 */
public final class SharedRequests {

    private final AskRepository asks;
    private final SharedTasks sharedTasks;

    public SharedRequests(AskRepository asks, SharedTasks sharedTasks) {
        this.asks = asks;
        this.sharedTasks = sharedTasks;
    }

    public SharedRequest find(PortalScope scope, String rawKey) {
        NotFound notFound = new NotFound("request", String.valueOf(rawKey));
        TaskKey key = TaskKey.read(rawKey).orElseThrow(() -> notFound);
        Optional<Ask> ask = visibleAsk(scope, key);
        if (ask.isPresent()) {
            return of(scope, ask.get(), asks.replies(scope.tenantId(), ask.get().id()));
        }
        return sharedTasks.findVisible(scope, key).filter(t -> t.source() == TaskSource.PORTAL)
                .map(SharedRequest::of).orElseThrow(() -> notFound);
    }

    /**
     * The page's requests as the contact sees them, in the page's order: its asks, its tasks (the task
     * requests and the asks' linked tasks) and the asks' replies read a batch each, whatever the
     * page's length.
     */
    public List<SharedRequest> of(PortalScope scope, List<RequestRef> refs) {
        Map<TaskKey, Ask> visibleAsks = asks.findAll(scope.tenantId(), keysOf(refs, RequestRef.Type.ASK)).stream()
                .filter(a -> a.isSharedWith(scope.clientId())).collect(Collectors.toMap(Ask::key, Function.identity()));
        Set<TaskKey> taskKeys = new HashSet<>(keysOf(refs, RequestRef.Type.TASK));
        visibleAsks.values().forEach(a -> a.linkedTask().ifPresent(taskKeys::add));
        Map<TaskKey, Task> visibleTasks = sharedTasks.findVisible(scope, taskKeys);
        Map<AskId, List<AskReply>> replies = asks.repliesOf(scope.tenantId(),
                visibleAsks.values().stream().map(Ask::id).toList());
        return refs.stream().flatMap(ref -> (ref.type() == RequestRef.Type.ASK
                ? Optional.ofNullable(visibleAsks.get(ref.key())).map(a -> SharedRequest.of(a,
                        a.linkedTask().map(visibleTasks::get), replies.getOrDefault(a.id(), List.of())))
                : Optional.ofNullable(visibleTasks.get(ref.key())).filter(t -> t.source() == TaskSource.PORTAL)
                        .map(SharedRequest::of)).stream()).toList();
    }

    private static List<TaskKey> keysOf(List<RequestRef> refs, RequestRef.Type type) {
        return refs.stream().filter(r -> r.type() == type).map(RequestRef::key).toList();
    }

    private Optional<Ask> visibleAsk(PortalScope scope, TaskKey key) {
        return asks.find(scope.tenantId(), key).filter(a -> a.isSharedWith(scope.clientId()));
    }

    private SharedRequest of(PortalScope scope, Ask ask, List<AskReply> replies) {
        Optional<Task> task = ask.linkedTask().flatMap(key -> sharedTasks.findVisible(scope, key));
        return SharedRequest.of(ask, task, replies);
    }
}
