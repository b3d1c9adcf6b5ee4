package org.clientportal.application.fakes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.contact.AddContactCommand;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.portal.OpenPortalCommand;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.ProjectChanges;
import org.clientportal.application.project.ProjectInput;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.task.CreateTaskCommand;
import org.clientportal.application.task.TaskInput;
import org.clientportal.application.tenant.RegisterTenantCommand;
import org.clientportal.application.tenant.TenantRegistration;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.task.Task;

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
        return task(project, title, null);
    }

    /** A task of that visibility ({@code client}, {@code internal}; null for the default). */
    public Task task(Project project, String title, String visibility) {
        return features.tasks.createTask().execute(owner, new CreateTaskCommand(project.id().toString(),
                new TaskInput(title, null, null, null, null, visibility))).task();
    }

    /** The project, shared with its client's contacts. */
    public Project share(Project project) {
        return features.projects.updateProject().execute(owner, project.id().toString(),
                new ProjectChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to("client"),
                        Optional.empty()));
    }

    /** A new contact of the client with these rights beyond {@code view}, signed in to the portal. */
    public Actor signedInContact(Client client, String name, String... rights) {
        PortalFeature portal = features.portal;
        Contact contact = features.contacts.addContact().execute(owner, new AddContactCommand(client.id().toString(),
                name, name.toLowerCase(Locale.ROOT) + SEQUENCE.incrementAndGet() + "@client.test", List.of(rights)));
        String token = portal.issuePortalLink().execute(owner, contact.id().toString()).token();
        String session = portal.openPortalSession().execute(new OpenPortalCommand(token, "198.51.100.7", "r"))
                .session().id();
        return portal.authenticatePortalSession().execute(session, "r").actor();
    }

    public Task move(Task task, String to) {
        return features.tasks.transitionTask().execute(owner, task.key().value(),
                new TransitionCommand(to, null, Optional.empty())).task();
    }
}
