package org.clientportal.bootstrap;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.MilestoneInput;
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
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.task.Task;

/** {@code --demo}: a sample agency, loaded through the same use cases as any other, once. */
final class DemoAgency {

    static final String SLUG = "demo";
    static final String OWNER_EMAIL = "owner@demo.test";
    static final String PASSWORD = "demo-password";

    private DemoAgency() {
    }

    static void load(Features features, int port) {
        try {
            TenantRegistration demo = features.tenants().registerTenant().execute(new RegisterTenantCommand("Demo Agency", SLUG,
                    OWNER_EMAIL, PASSWORD, "Olivia Owner", "demo-loader", "demo-load"));
            Actor owner = new Actor(demo.tenant().id(), new Principal.Operator(demo.owner().id(), demo.owner().role()),
                    "demo-load");
            populate(features, owner);
            System.out.println("Demo agency loaded.");
        } catch (AlreadyExists e) {
            System.out.println("Demo agency already loaded.");
        }
        System.out.printf("Sign in:%n  curl -i -c jar.txt -H 'Content-Type: application/json' "
                + "-d '{\"tenant\":\"%s\",\"email\":\"%s\",\"password\":\"%s\"}' http://localhost:%d/api/v1/sessions%n"
                + "(the member account is va@demo.test with the same password)%n", SLUG, OWNER_EMAIL, PASSWORD, port);
    }

    private static void populate(Features features, Actor owner) {
        Operator va = features.operators().addOperator().execute(owner,
                new AddOperatorCommand("va@demo.test", "Victor Assistant", "member", PASSWORD));
        Client acme = client(features, owner, new ClientInput("Acme Ltd", "ops@acme.test", "Acme", null, "ACME"),
                "onboarding", "active");
        Client northwind = client(features, owner,
                new ClientInput("Northwind Traders", "hello@northwind.test", "Northwind", null, null), "onboarding");
        client(features, owner, new ClientInput("Globex", "contact@globex.test", "Globex Corporation", null, null));
        client(features, owner, new ClientInput("Initech", "it@initech.test", "Initech", null, null),
                "onboarding", "active", "paused");

        Project site = project(features, owner, acme, "Website relaunch", "2026-01-12", "2026-04-30");
        String vaId = va.id().toString();
        task(features, owner, site, new TaskInput("Kick-off workshop", null, "high", "2026-01-14", null, "client"), "done");
        task(features, owner, site, new TaskInput("Stakeholder interviews", null, null, "2026-01-21", vaId, null), "done");
        task(features, owner, site, new TaskInput("Homepage design", "Two directions, one round of changes", "high",
                "2026-02-20", vaId, "client"), "in_progress");
        task(features, owner, site, new TaskInput("Content inventory", null, null, null, vaId, null));
        task(features, owner, site, new TaskInput("Analytics setup", null, "low", null, null, null));
        task(features, owner, site, new TaskInput("Hosting access", "Waiting for the client's credentials", null,
                "2026-03-06", null, "client"), "waiting_on_client");
        task(features, owner, site, new TaskInput("Launch checklist", null, null, "2026-04-24", vaId, null));
        task(features, owner, site, new TaskInput("Go-live", null, "urgent", "2026-04-30", null, "client"));
        features.projects().replaceMilestones().execute(owner, site.id().toString(), List.of(
                new MilestoneInput("discovery", "Discovery workshop", List.of("ACME-1", "ACME-2"), "2026-01-23", "client"),
                new MilestoneInput("design", "Design sign-off", List.of("ACME-3"), "2026-02-27", "client"),
                new MilestoneInput("launch", "Launch", List.of("ACME-7", "ACME-8"), "2026-04-30", "client")),
                Optional.empty());
        features.projects().completeMilestone().execute(owner, site.id().toString(), "discovery");
        move(features, owner, site, "active");
        move(features, owner, project(features, owner, northwind, "Brand audit", null, null), "active");
        project(features, owner, acme, "SEO retainer", null, null);
    }

    private static Client client(Features features, Actor owner, ClientInput input, String... path) {
        Client client = features.clients().createClient().execute(owner, input);
        for (String status : path) {
            client = features.clients().transitionClient().execute(owner, client.id().toString(),
                    new TransitionCommand(status, "demo data", Optional.empty()));
        }
        return client;
    }

    private static Project project(Features features, Actor owner, Client client, String name, String start, String due) {
        return features.projects().createProject().execute(owner,
                new CreateProjectCommand(client.id().toString(), new ProjectInput(name, null, start, due)));
    }

    /** A task of the project, moved along the path given. */
    private static void task(Features features, Actor owner, Project project, TaskInput input, String... path) {
        Task task = features.tasks().createTask().execute(owner, new CreateTaskCommand(project.id().toString(), input)).task();
        for (String status : path) {
            features.tasks().transitionTask().execute(owner, task.key().value(),
                    new TransitionCommand(status, "demo data", Optional.empty()));
        }
    }

    private static void move(Features features, Actor owner, Project project, String to) {
        features.projects().transitionProject().execute(owner, project.id().toString(),
                new TransitionCommand(to, "demo data", Optional.empty()));
    }
}
