package org.clientportal.application.fakes;

import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.ProjectInput;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.task.CreateTaskCommand;
import org.clientportal.application.task.TaskInput;
import org.clientportal.application.tenant.RegisterTenantCommand;
import org.clientportal.application.tenant.TenantRegistration;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.task.Task;
import java.util.Optional;

/** A registered agency on fake ports, with shortcuts to act as its operators. */
public final class TestAgency {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final FakePorts fakes;
    public final FakeFeatures features;
    public final TenantRegistration registration;
    public final Actor owner;

    public TestAgency(FakePorts fakes) {
        this.fakes = fakes;
        this.features = new FakeFeatures(fakes);
        int n = SEQUENCE.incrementAndGet();
        this.registration = features.tenants.registerTenant().execute(new RegisterTenantCommand("Agency " + n, "agency-" + n,
                "owner@agency" + n + ".test", "correct horse battery", "Olive Owner", "203.0.113.9", "req-setup"));
        this.owner = actorFor(registration.owner());
    }

    public TestAgency() {
        this(new FakePorts());
    }

    public Actor actorFor(Operator operator) {
        return new Actor(operator.tenantId(), new Principal.Operator(operator.id(), operator.role()), "req-test");
    }

    /** The operator id behind an actor made by {@link #actorFor}; as a string, the way routes take it. */
    public static String operatorIdOf(Actor actor) {
        return ((Principal.Operator) actor.principal()).id().toString();
    }

    /** Adds an operator with the given role and returns an actor for them. */
    public Actor operatorWithRole(String role) {
        Operator added = features.operators.addOperator().execute(owner, new AddOperatorCommand(
                role + SEQUENCE.incrementAndGet() + "@agency.test", "A " + role, role, "long enough password"));
        return actorFor(added);
    }

    public Client client(String name) {
        return features.clients.createClient().execute(owner, new ClientInput(name, null, null, null, null));
    }

    public Client clientIn(String... path) {
        Client client = client("Client via " + String.join(",", path));
        for (String status : path) {
            client = features.clients.transitionClient().execute(owner, client.id().toString(),
                    new TransitionCommand(status, null, Optional.empty()));
        }
        return client;
    }

    public Project project(Client client, String name) {
        return features.projects.createProject().execute(owner,
                new CreateProjectCommand(client.id().toString(), new ProjectInput(name, null, null, null)));
    }

    public Project move(Project project, String to) {
        return features.projects.transitionProject().execute(owner, project.id().toString(),
                new TransitionCommand(to, null, Optional.empty()));
    }

    public Task task(Project project, String title) {
        return features.tasks.createTask().execute(owner, new CreateTaskCommand(project.id().toString(),
                new TaskInput(title, null, null, null, null, null)));
    }

    public Task move(Task task, String to) {
        return features.tasks.transitionTask().execute(owner, task.key().value(),
                new TransitionCommand(to, null, Optional.empty()));
    }
}
