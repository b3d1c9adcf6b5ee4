package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clientportal.application.ask.AskSearch;
import org.clientportal.application.ask.AskSort;
import org.clientportal.application.ask.RequestRef;
import org.clientportal.application.ask.RequestSort;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.ask.ReplyId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskSource;

/** Asks and their replies in maps; the client's requests read from them and the task fake, as the database joins them. */
public final class InMemoryAskRepository implements AskRepository {

    private final TransactionalMap<AskId, Ask> asks;
    private final TransactionalMap<ReplyId, AskReply> replies;
    private final InMemoryTaskRepository tasks;
    private final InMemoryProjectRepository projects;

    public InMemoryAskRepository(InMemoryTransactions transactions, InMemoryTaskRepository tasks,
                                 InMemoryProjectRepository projects) {
        this.asks = new TransactionalMap<>(transactions);
        this.replies = new TransactionalMap<>(transactions);
        this.tasks = tasks;
        this.projects = projects;
    }

    @Override
    public synchronized void add(Ask ask) {
        if (find(ask.tenantId(), ask.key()).isPresent()) {
            throw new AlreadyExists("ask.key-taken", "An ask with the key " + ask.key() + " exists");
        }
        asks.put(ask.id(), ask);
    }

    @Override
    public Optional<Ask> find(TenantId tenant, TaskKey key) {
        return asks.values().stream().filter(a -> a.tenantId().equals(tenant) && a.key().equals(key)).findFirst();
    }

    @Override
    public List<Ask> findAll(TenantId tenant, Collection<TaskKey> keys) {
        return asks.values().stream().filter(a -> a.tenantId().equals(tenant) && keys.contains(a.key())).toList();
    }

    @Override
    public Optional<Ask> find(TenantId tenant, AskId id) {
        return asks.get(id).filter(a -> a.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(Ask ask, long expectedVersion) {
        Ask stored = asks.get(ask.id()).filter(a -> a.tenantId().equals(ask.tenantId())).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("ask", ask.id().toString());
        }
        asks.put(ask.id(), ask);
    }

    @Override
    public Page<Ask> search(TenantId tenant, AskSearch search, PageRequest<AskSort> page) {
        return Keyset.page(asks.values(), a -> a.tenantId().equals(tenant) && search.admits(a.classification())
                        && search.clientId().map(c -> c.equals(a.clientId())).orElse(true),
                page, a -> new SortValue.Time(a.createdAt()), a -> a.id().value());
    }

    @Override
    public void addReply(AskReply reply) {
        replies.put(reply.id(), reply);
    }

    @Override
    public List<AskReply> replies(TenantId tenant, AskId ask) {
        return repliesOf(tenant, List.of(ask)).getOrDefault(ask, List.of());
    }

    @Override
    public Map<AskId, List<AskReply>> repliesOf(TenantId tenant, Collection<AskId> of) {
        Map<AskId, List<AskReply>> found = new LinkedHashMap<>();
        replies.values().stream()
                .filter(r -> r.tenantId().equals(tenant) && of.contains(r.askId()))
                .sorted(Comparator.comparing(AskReply::createdAt)
                        .thenComparing(r -> r.id().value(), Keyset.POSTGRES_ORDER))
                .forEach(r -> found.computeIfAbsent(r.askId(), k -> new ArrayList<>()).add(r));
        return found;
    }

    @Override
    public Page<RequestRef> requestsOf(TenantId tenant, ClientId client, PageRequest<RequestSort> page) {
        Stream<RequestRef> taskRequests = tasks.all().stream()
                .filter(t -> t.tenantId().equals(tenant) && t.clientId().equals(client)
                        && t.source() == TaskSource.PORTAL && t.details().visibility() == Visibility.CLIENT
                        && projects.find(tenant, t.projectId()).filter(Project::isVisibleToClient).isPresent())
                .map(t -> new RequestRef(RequestRef.Type.TASK, t.id().value(), t.key(), t.createdAt()));
        Stream<RequestRef> filed = asks.values().stream()
                .filter(a -> a.tenantId().equals(tenant) && a.clientId().equals(client) && a.isVisibleToClient())
                .map(a -> new RequestRef(RequestRef.Type.ASK, a.id().value(), a.key(), a.createdAt()));
        return Keyset.page(Stream.concat(taskRequests, filed).toList(), r -> true, page,
                r -> new SortValue.Time(r.createdAt()), RequestRef::id);
    }

    /** Every ask of every tenant, for the search index. */
    List<Ask> all() {
        return asks.values();
    }
}
