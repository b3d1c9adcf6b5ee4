package org.clientportal.bootstrap;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.UseCases;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.project.CreateProjectCommand;
import org.clientportal.application.project.MilestoneInput;
import org.clientportal.application.project.ProjectInput;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.tenant.RegisterTenantCommand;
import org.clientportal.application.tenant.TenantRegistration;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.AlreadyExists;

/** {@code --demo}: a sample agency, loaded through the same use cases as any other, once. */
final class DemoAgency {

    static final String SLUG = "demo";
    static final String OWNER_EMAIL = "owner@demo.test";
    static final String PASSWORD = "demo-password";

    private DemoAgency() {
    }

    static void load(UseCases useCases, int port) {
        try {
            TenantRegistration demo = useCases.registerTenant().execute(new RegisterTenantCommand("Demo Agency", SLUG,
                    OWNER_EMAIL, PASSWORD, "Olivia Owner", "demo-loader", "demo-load"));
            Actor owner = new Actor(demo.tenant().id(), Principal.operator(demo.owner().id()), demo.owner().role(),
                    "demo-load");
            populate(useCases, owner);
            System.out.println("Demo agency loaded.");
        } catch (AlreadyExists e) {
            System.out.println("Demo agency already loaded.");
        }
        System.out.printf("Sign in:%n  curl -i -c jar.txt -H 'Content-Type: application/json' "
                + "-d '{\"tenant\":\"%s\",\"email\":\"%s\",\"password\":\"%s\"}' http://localhost:%d/api/v1/sessions%n"
                + "(the member account is va@demo.test with the same password)%n", SLUG, OWNER_EMAIL, PASSWORD, port);
    }

    private static void populate(UseCases useCases, Actor owner) {
        useCases.addOperator().execute(owner, new AddOperatorCommand("va@demo.test", "Victor Assistant", "member", PASSWORD));
        Client acme = client(useCases, owner, "Acme Ltd", "ops@acme.test", "Acme", "onboarding", "active");
        Client northwind = client(useCases, owner, "Northwind Traders", "hello@northwind.test", "Northwind", "onboarding");
        client(useCases, owner, "Globex", "contact@globex.test", "Globex Corporation");
        client(useCases, owner, "Initech", "it@initech.test", "Initech", "onboarding", "active", "paused");

        Project site = project(useCases, owner, acme, "Website relaunch", "2026-01-12", "2026-04-30");
        useCases.replaceMilestones().execute(owner, site.id().toString(), List.of(
                new MilestoneInput("discovery", "Discovery workshop", List.of("ACME-1", "ACME-2"), "2026-01-23"),
                new MilestoneInput("design", "Design sign-off", List.of("ACME-3"), "2026-02-27"),
                new MilestoneInput("launch", "Launch", List.of("ACME-7", "ACME-8"), "2026-04-30")), Optional.empty());
        useCases.completeMilestone().execute(owner, site.id().toString(), "discovery");
        move(useCases, owner, site, "active");
        move(useCases, owner, project(useCases, owner, northwind, "Brand audit", null, null), "active");
        project(useCases, owner, acme, "SEO retainer", null, null);
    }

    private static Client client(UseCases useCases, Actor owner, String name, String email, String company,
                                 String... path) {
        Client client = useCases.createClient().execute(owner, new ClientInput(name, email, company, null));
        for (String status : path) {
            client = useCases.transitionClient().execute(owner, client.id().toString(),
                    new TransitionCommand(status, "demo data", Optional.empty()));
        }
        return client;
    }

    private static Project project(UseCases useCases, Actor owner, Client client, String name, String start, String due) {
        return useCases.createProject().execute(owner,
                new CreateProjectCommand(client.id().toString(), new ProjectInput(name, null, start, due)));
    }

    private static void move(UseCases useCases, Actor owner, Project project, String to) {
        useCases.transitionProject().execute(owner, project.id().toString(),
                new TransitionCommand(to, "demo data", Optional.empty()));
    }
}
