package org.clientportal.application;

import java.time.Duration;
import org.clientportal.application.apikey.AuthenticateApiKey;
import org.clientportal.application.apikey.CreateApiKey;
import org.clientportal.application.apikey.ListApiKeys;
import org.clientportal.application.apikey.RevokeApiKey;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.ListAuditEvents;
import org.clientportal.application.client.CreateClient;
import org.clientportal.application.client.GetClient;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.client.SubmitIntake;
import org.clientportal.application.client.TransitionClient;
import org.clientportal.application.client.UpdateClient;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.operator.AddOperator;
import org.clientportal.application.operator.ChangeOperator;
import org.clientportal.application.operator.ListOperators;
import org.clientportal.application.operator.RemoveOperator;
import org.clientportal.application.operator.ShowMe;
import org.clientportal.application.project.CompleteMilestone;
import org.clientportal.application.project.CreateProject;
import org.clientportal.application.project.GetProject;
import org.clientportal.application.project.ProjectChange;
import org.clientportal.application.project.ReplaceMilestones;
import org.clientportal.application.project.SearchProjects;
import org.clientportal.application.project.TransitionProject;
import org.clientportal.application.project.UpdateProject;
import org.clientportal.application.session.AuthenticateSession;
import org.clientportal.application.session.EndAllSessions;
import org.clientportal.application.session.LogIn;
import org.clientportal.application.session.LogOut;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.tenant.RegisterTenant;
import org.clientportal.application.tenant.TenantLookup;

/** Every use case, wired once from the ports: the one entry point that driving adapters receive. */
public record UseCases(
        RegisterTenant registerTenant,
        LogIn logIn,
        LogOut logOut,
        EndAllSessions endAllSessions,
        AuthenticateSession authenticateSession,
        AuthenticateApiKey authenticateApiKey,
        ShowMe showMe,
        CreateApiKey createApiKey,
        ListApiKeys listApiKeys,
        RevokeApiKey revokeApiKey,
        AddOperator addOperator,
        ListOperators listOperators,
        ChangeOperator changeOperator,
        RemoveOperator removeOperator,
        SubmitIntake submitIntake,
        CreateClient createClient,
        GetClient getClient,
        UpdateClient updateClient,
        TransitionClient transitionClient,
        SearchClients searchClients,
        CreateProject createProject,
        GetProject getProject,
        UpdateProject updateProject,
        TransitionProject transitionProject,
        ReplaceMilestones replaceMilestones,
        CompleteMilestone completeMilestone,
        SearchProjects searchProjects,
        ListAuditEvents listAuditEvents,
        IdempotentRequests idempotentRequests) {

    public static UseCases wire(Ports p, Duration sessionIdleTimeout) {
        AuditRecorder audit = new AuditRecorder(p.auditTrail(), p.ids(), p.clock());
        RateLimits rateLimits = new RateLimits(p.rateLimiter());
        TenantLookup lookup = new TenantLookup(p.transactions(), p.tenants());
        ProjectChange projectChange = new ProjectChange(p.transactions(), p.projects(), audit);
        return new UseCases(
                new RegisterTenant(p.transactions(), p.tenants(), p.operators(), audit, p.passwordHasher(), rateLimits,
                        p.ids(), p.clock()),
                new LogIn(p.transactions(), lookup, p.tenants(), p.operators(), p.sessions(), p.passwordHasher(),
                        p.secrets(), rateLimits, p.clock(), sessionIdleTimeout),
                new LogOut(p.sessions()),
                new EndAllSessions(p.sessions()),
                new AuthenticateSession(p.sessions(), p.transactions(), p.operators(), sessionIdleTimeout),
                new AuthenticateApiKey(p.transactions(), p.apiKeys(), p.digests(), p.clock()),
                new ShowMe(p.transactions(), p.tenants(), p.operators()),
                new CreateApiKey(p.transactions(), p.apiKeys(), audit, p.secrets(), p.digests(), p.ids(), p.clock()),
                new ListApiKeys(p.transactions(), p.apiKeys()),
                new RevokeApiKey(p.transactions(), p.apiKeys(), audit, p.clock()),
                new AddOperator(p.transactions(), p.operators(), audit, p.passwordHasher(), p.ids(), p.clock()),
                new ListOperators(p.transactions(), p.operators()),
                new ChangeOperator(p.transactions(), p.operators(), audit, p.clock()),
                new RemoveOperator(p.transactions(), p.operators(), p.sessions(), audit),
                new SubmitIntake(p.transactions(), lookup, p.clients(), audit, rateLimits, p.ids(), p.clock()),
                new CreateClient(p.transactions(), p.clients(), audit, p.ids(), p.clock()),
                new GetClient(p.transactions(), p.clients()),
                new UpdateClient(p.transactions(), p.clients(), audit, p.clock()),
                new TransitionClient(p.transactions(), p.clients(), p.projects(), audit, p.clock()),
                new SearchClients(p.transactions(), p.clients()),
                new CreateProject(p.transactions(), p.clients(), p.projects(), audit, p.ids(), p.clock()),
                new GetProject(p.transactions(), p.projects()),
                new UpdateProject(projectChange, p.clock()),
                new TransitionProject(p.transactions(), p.clients(), p.projects(), audit, p.clock()),
                new ReplaceMilestones(projectChange, p.clock()),
                new CompleteMilestone(projectChange, p.clock()),
                new SearchProjects(p.transactions(), p.projects()),
                new ListAuditEvents(p.transactions(), p.auditTrail()),
                new IdempotentRequests(p.transactions(), p.idempotencyRecords(), p.clock()));
    }
}
