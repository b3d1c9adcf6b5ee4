package org.clientportal.application.client;

import java.util.Optional;
import java.util.function.Function;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.task.TaskRules;

/**
 * Gives clients their task key prefixes and guards changes to them. Whether a prefix is free is
 * the repository's to say when the client is stored, so two clients racing for one cannot both get it.
 */
public final class TaskKeyPrefixes {

    private final ClientRepository clients;
    private final TaskRepository tasks;

    public TaskKeyPrefixes(ClientRepository clients, TaskRepository tasks) {
        this.clients = clients;
        this.tasks = tasks;
    }

    /**
     * Stores a new client under the prefix asked for (refused when taken), or else under the first
     * free one its name suggests: ACME, ACME2, ACME3, …
     */
    Client addNew(String name, Optional<TaskKeyPrefix> requested, Function<TaskKeyPrefix, Client> clientWith) {
        if (requested.isPresent()) {
            Client client = clientWith.apply(requested.get());
            clients.add(client);
            return client;
        }
        TaskKeyPrefix derived = TaskKeyPrefix.derivedFrom(name);
        for (int n = 1; ; n++) {
            Client client = clientWith.apply(n == 1 ? derived : derived.withSuffix(n));
            try {
                clients.add(client);
                return client;
            } catch (AlreadyExists refusal) {
                // Taken, by an existing client or one created a moment ago: the next number may be free.
                if (!refusal.code().equals(TaskKeyPrefix.TAKEN)) {
                    throw refusal;
                }
            }
        }
    }

    /**
     * Refuses a new prefix for a client that already has keys (tasks or asks). Holding the client's
     * counter meanwhile makes a first key filed at the same time (from the portal, say) wait for this
     * change, or this change wait for it and then be refused.
     */
    void checkChange(Client client, TaskKeyPrefix wanted) {
        if (!wanted.equals(client.taskKeyPrefix())) {
            boolean keysIssued = tasks.lockCounter(client.tenantId(), client.id()) > 0;
            TaskRules.mayChangeTaskKeyPrefix(keysIssued).ifPresent(rejection -> {
                throw rejection.toError();
            });
        }
    }
}
