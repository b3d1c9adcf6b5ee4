package org.clientportal.application.sla;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.sla.RequestClock;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;

/**
 * Keeps the SLA clocks of client requests in step with what happens to them, inside the caller's
 * transaction: a request filed starts one, and the agency's answers, moves and classifications
 * drive it. What a client's contact does (a comment of theirs) never counts as a response.
 */
public final class RequestClocks {

    private final RequestClockRepository clocks;

    public RequestClocks(RequestClockRepository clocks) {
        this.clocks = clocks;
    }

    /** A contact filed a task request: its clock starts, on the task itself. */
    public void startedByRequest(Task request) {
        clocks.add(RequestClock.start(request.tenantId(), request.clientId(), request.key(),
                Optional.of(request.key()), request.details().priority(), request.createdAt()));
    }

    /** A contact filed an ask: its clock starts, at the normal priority until a task of it says otherwise. */
    public void startedByAsk(Ask ask) {
        clocks.add(RequestClock.start(ask.tenantId(), ask.clientId(), ask.key(), Optional.empty(),
                TaskPriority.NORMAL, ask.createdAt()));
    }

    /** The agency moved a task: the clock it carries, if any, moves with it, and is returned as written. */
    public Optional<RequestClock> taskMoved(Task before, Task after, Instant at) {
        return onTask(after, clock -> clock.taskMoved(before.status(), after.status(), at));
    }

    /**
     * The agency edited a task: a new priority brings that priority's targets. The clock as written,
     * if it changed; empty when nothing changed it (or the task carries none).
     */
    public Optional<RequestClock> taskEdited(Task before, Task after) {
        if (before.details().priority() == after.details().priority()) {
            return Optional.empty();
        }
        return onTask(after, clock -> clock.withPriority(after.details().priority()));
    }

    /** The agency said something to the client on a task (a client-visible comment). */
    public void respondedOnTask(Task task, Instant at) {
        onTask(task, clock -> clock.respond(at));
    }

    /** The agency published a reply to an ask: a response, and the answer a question waited for. */
    public void askReplied(Ask ask, Instant at) {
        clocks.lockOfRequest(ask.tenantId(), ask.key()).ifPresent(clock -> {
            RequestClock responded = clock.respond(at);
            clocks.update(ask.classification() == AskClassification.QUESTION
                    ? responded.resolve(at) : responded);
        });
    }

    /**
     * The agency classified an ask, which the client sees: a response. Not actionable resolves it, a
     * question once it has an answer; as work, the task made of it carries the clock on (and a clock
     * resolved by an earlier classification runs again).
     */
    public void askClassified(Ask after, Optional<Task> task, boolean answered, Instant at) {
        clocks.lockOfRequest(after.tenantId(), after.key()).ifPresent(clock -> {
            RequestClock responded = clock.respond(at);
            RequestClock next = switch (after.classification()) {
                case TASK, BUG -> responded.reopen(at)
                        .handTo(task.orElseThrow().key(), task.orElseThrow().details().priority());
                case QUESTION -> answered ? responded.resolve(at) : responded.reopen(at);
                case NOT_ACTIONABLE -> responded.resolve(at);
                case UNCLASSIFIED -> throw new IllegalArgumentException("an ask is never classified back");
            };
            clocks.update(next);
        });
    }

    private Optional<RequestClock> onTask(Task task, UnaryOperator<RequestClock> change) {
        if (task.source() == TaskSource.OPERATOR) {
            return Optional.empty();
        }
        return clocks.lockOfTask(task.tenantId(), task.key()).map(clock -> {
            RequestClock changed = change.apply(clock);
            clocks.update(changed);
            return changed;
        });
    }
}
