package org.clientportal.adapters.http.openapi;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.clientportal.adapters.http.HttpApi;
import org.clientportal.adapters.http.HttpSettings;
import org.clientportal.adapters.http.agenda.AgendaRoutes;
import org.clientportal.adapters.http.apikey.ApiKeyRoutes;
import org.clientportal.adapters.http.ask.AskRoutes;
import org.clientportal.adapters.http.attachment.AttachmentRoutes;
import org.clientportal.adapters.http.audit.AuditRoutes;
import org.clientportal.adapters.http.capacity.CapacityRoutes;
import org.clientportal.adapters.http.checkpoint.CheckpointRoutes;
import org.clientportal.adapters.http.docs.DocsRoutes;
import org.clientportal.adapters.http.capacity.TimeEntryRoutes;
import org.clientportal.adapters.http.client.ClientRoutes;
import org.clientportal.adapters.http.comment.CommentRoutes;
import org.clientportal.adapters.http.contact.ContactRoutes;
import org.clientportal.adapters.http.handoff.HandoffRoutes;
import org.clientportal.adapters.http.report.ReportRoutes;
import org.clientportal.adapters.http.operator.OperatorRoutes;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.job.JobRunRoutes;
import org.clientportal.adapters.http.metric.MetricRoutes;
import org.clientportal.adapters.http.notification.NotificationRoutes;
import org.clientportal.adapters.http.queue.QueueRoutes;
import org.clientportal.adapters.http.search.SearchRoutes;
import org.clientportal.adapters.http.portal.PortalSessionRoutes;
import org.clientportal.adapters.http.project.ProjectRoutes;
import org.clientportal.adapters.http.session.SessionRoutes;
import org.clientportal.adapters.http.sla.SlaRoutes;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.tenant.TenantRoutes;
import org.clientportal.adapters.http.update.UpdateRoutes;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.SessionCookie;
import org.clientportal.application.fakes.FakeFeatures;
import org.clientportal.application.fakes.FakePorts;
import org.clientportal.application.port.ReadinessCheck;

/** The real HTTP API over in-memory fakes: every route registered exactly as in production. */
final class OpenApiFixtures {

    private OpenApiFixtures() {
    }

    private static String servedDocument;

    static HttpApi apiOverFakes() {
        return apiOver(new FakePorts());
    }

    /** The document the API serves, generated from its routes as registered in production. */
    static synchronized String servedDocument() {
        if (servedDocument == null) {
            servedDocument = apiOverFakes().openApiDocument();
        }
        return servedDocument;
    }

    static HttpApi apiOver(FakePorts fakes) {
        FakeFeatures f = new FakeFeatures(fakes);
        return new HttpApi(HttpSettings.defaults(),
                new Authentication(f.apiKeys.authenticateApiKey(), f.sessions.authenticateSession(),
                        f.portal.authenticatePortalSession(), f.portal.viewAsContact(), new SimpleMeterRegistry()),
                f.idempotency,
                List.of(new AlwaysReady()),
                List.of(new TenantRoutes(f.tenants), new SessionRoutes(f.sessions, SessionCookie.forOperators(false)),
                        new ApiKeyRoutes(f.apiKeys), new OperatorRoutes(f.operators), new ClientRoutes(f.clients),
                        new ProjectRoutes(f.projects), new TaskRoutes(f.tasks), new ContactRoutes(f.contacts, f.portal),
                        new PortalSessionRoutes(f.portal, SessionCookie.forContacts(false)),
                        new PortalReadRoutes(f.portal), new UpdateRoutes(f.updates), new CommentRoutes(f.comments),
                        new AuditRoutes(f.audit), new SearchRoutes(f.search), new AttachmentRoutes(f.attachments),
                        new AskRoutes(f.asks), new TimeEntryRoutes(f.capacity), new CapacityRoutes(f.capacity),
                        new SlaRoutes(f.sla), new QueueRoutes(f.queue), new AgendaRoutes(f.agenda),
                        new HandoffRoutes(f.handoff), new ReportRoutes(f.reports),
                        new MetricRoutes(f.metrics), new NotificationRoutes(f.notifications),
                        new JobRunRoutes(f.jobs),
                        new CheckpointRoutes(f.checkpoints),
                        new DocsRoutes(f.docs)),
                List.of(),
                new SimpleMeterRegistry());
    }

    private static final class AlwaysReady implements ReadinessCheck {

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public boolean isReady() {
            return true;
        }
    }
}
