package org.clientportal.application.client;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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

    /** ACME2 … ACME10 are tried in order. */
    private static final int IN_ORDER = 10;
    /** Random numbers of two digits are tried this many times, then of three, and so on. */
    private static final int TRIES_PER_RANGE = 3;
    /** The widest random number: seven digits leave three letters of the name. */
    private static final int WIDEST_DIGITS = 7;

    private final ClientRepository clients;
    private final TaskRepository tasks;

    public TaskKeyPrefixes(ClientRepository clients, TaskRepository tasks) {
        this.clients = clients;
        this.tasks = tasks;
    }

    /**
     * Stores a new client under the prefix asked for (refused when taken), or else under the first
     * free one its name suggests: ACME, ACME2, … ACME10, then numbers drawn at random from ranges
     * ten times wider every few tries (ACME47, ACME815, …). Trying the numbers in order only would
     * cost one insert per client already named so: an agency whose clients' names share their first
     * ten letters, or all fall back to {@link TaskKeyPrefix#FALLBACK} (names in another script),
     * would pay a statement for each of them on every new one.
     */
    Client addNew(String name, Optional<TaskKeyPrefix> requested, Function<TaskKeyPrefix, Client> clientWith) {
        if (requested.isPresent()) {
            Client client = clientWith.apply(requested.get());
            clients.add(client);
            return client;
        }
        TaskKeyPrefix derived = TaskKeyPrefix.derivedFrom(name);
        for (int attempt = 1; ; attempt++) {
            Client client = clientWith.apply(candidate(derived, attempt));
            try {
                clients.add(client);
                return client;
            } catch (AlreadyExists refusal) {
                // Taken, by an existing client or one created a moment ago: another may be free.
                if (!refusal.code().equals(TaskKeyPrefix.TAKEN)) {
                    throw refusal;
                }
            }
        }
    }

    private static TaskKeyPrefix candidate(TaskKeyPrefix derived, int attempt) {
        if (attempt == 1) {
            return derived;
        }
        if (attempt <= IN_ORDER) {
            return derived.withSuffix(attempt);
        }
        int widening = Math.min((attempt - IN_ORDER - 1) / TRIES_PER_RANGE, WIDEST_DIGITS - 2);
        int lowest = (int) Math.pow(10, 1 + widening);
        return derived.withSuffix(ThreadLocalRandom.current().nextInt(Math.max(lowest, IN_ORDER + 1), lowest * 10));
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
