package org.clientportal.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.clientportal.adapters.crypto.BcryptPasswordHasher;
import org.clientportal.adapters.crypto.Sha256Digests;
import org.clientportal.adapters.http.HttpApi;
import org.clientportal.adapters.jobs.DbSchedulerJobs;
import org.clientportal.adapters.jobs.JobSchedule;
import org.clientportal.application.notification.RelayNotifications;
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
import org.clientportal.adapters.http.operator.OperatorRoutes;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.job.JobRunRoutes;
import org.clientportal.adapters.http.metric.MetricRoutes;
import org.clientportal.adapters.http.notification.NotificationRoutes;
import org.clientportal.adapters.http.queue.QueueRoutes;
import org.clientportal.adapters.http.report.ReportRoutes;
import org.clientportal.adapters.http.search.SearchRoutes;
import org.clientportal.adapters.http.portal.PortalSessionRoutes;
import org.clientportal.adapters.http.project.ProjectRoutes;
import org.clientportal.adapters.http.session.SessionRoutes;
import org.clientportal.adapters.http.sla.SlaRoutes;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.tenant.TenantRoutes;
import org.clientportal.adapters.http.update.UpdateRoutes;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.SessionCookie;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.web.Visitors;
import org.clientportal.adapters.web.WebCookies;
import org.clientportal.adapters.web.WebPages;
import org.clientportal.adapters.web.contact.DocumentsPage;
import org.clientportal.adapters.web.contact.FilesPage;
import org.clientportal.adapters.web.contact.PortalHome;
import org.clientportal.adapters.web.contact.PortalSearch;
import org.clientportal.adapters.web.contact.SharedReportPages;
import org.clientportal.adapters.web.contact.PortalSignIn;
import org.clientportal.adapters.web.contact.RequestPages;
import org.clientportal.adapters.web.contact.SharedProjectPages;
import org.clientportal.adapters.web.contact.SharedTaskPages;
import org.clientportal.adapters.web.operator.ApiKeyPages;
import org.clientportal.adapters.web.operator.AskPages;
import org.clientportal.adapters.web.operator.ClientPages;
import org.clientportal.adapters.web.operator.ContactPages;
import org.clientportal.adapters.web.operator.HandoffPage;
import org.clientportal.adapters.web.operator.Dashboard;
import org.clientportal.adapters.web.operator.OperatorPages;
import org.clientportal.adapters.web.operator.OperatorSignIn;
import org.clientportal.adapters.web.operator.ProjectPages;
import org.clientportal.adapters.web.operator.ReportPages;
import org.clientportal.adapters.web.operator.TaskPages;
import org.clientportal.adapters.redis.OperationalState;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.ReadinessCheck;

/** The whole service wired together: database, operational state, features and the HTTP API. */
public final class Portal implements AutoCloseable {

    /** How often the scheduler looks for due jobs; they are due once a day. */
    private static final Duration JOBS_POLLING = Duration.ofSeconds(10);

    private final PostgresPersistence persistence;
    private final OperationalState state;
    private final BlobStore blobs;
    private final Features features;
    private final IdempotencyCleanup cleanup;
    private final NotificationRelayLoop relay;
    private final Optional<DbSchedulerJobs> jobs;
    private final HttpApi http;
    private final Meters meters;
    private final PortalConfig config;
    private int port;
    private OptionalInt metricsPort = OptionalInt.empty();

    private Portal(PortalConfig config, Meters meters, PostgresPersistence persistence, OperationalState state,
                   BlobStore blobs,
                   Digests digests, Clock clock) {
        this.config = config;
        this.meters = meters;
        this.persistence = persistence;
        this.state = state;
        this.blobs = blobs;
        this.features = Features.wire(persistence, state, blobs, digests,
                new BcryptPasswordHasher(config.bcryptCost()), clock, config);
        this.cleanup = IdempotencyCleanup.start(features.idempotency());
        // The background work (the relay, the jobs) runs on a worker, and on API replicas unless PORTAL_JOBS=off.
        this.relay = config.hub().filter(hub -> config.jobs()).map(hub -> NotificationRelayLoop.start(new RelayNotifications(
                persistence.transactions(), persistence.outboxRelay(), hub.sender(clock), config.relay(), clock),
                config.relayInterval())).orElseGet(NotificationRelayLoop::off);
        this.jobs = config.jobs() ? Optional.of(DbSchedulerJobs.start(persistence.dataSource(), features.jobs().jobs(),
                features.jobs().runJob(), JobSchedule.DAILY, ProcessName.current(), JOBS_POLLING)) : Optional.empty();
        List<ReadinessCheck> checks = new ArrayList<>();
        checks.add(persistence.readiness());
        checks.addAll(state.readiness());
        this.http = new HttpApi(config.httpSettings(),
                new Authentication(features.apiKeys().authenticateApiKey(), features.sessions().authenticateSession(),
                        features.portal().authenticatePortalSession(), features.portal().viewAsContact(),
                        meters.registry()),
                features.idempotency(), checks, routes(features, config.secureCookies()),
                List.of(pages(features, config.secureCookies())), meters.registry());
    }

    /** Every feature's routes: a new feature adds its line here. */
    private static List<FeatureRoutes> routes(Features f, boolean secureCookies) {
        return List.of(
                new TenantRoutes(f.tenants()),
                new SessionRoutes(f.sessions(), SessionCookie.forOperators(secureCookies)),
                new ApiKeyRoutes(f.apiKeys()),
                new OperatorRoutes(f.operators()),
                new ClientRoutes(f.clients()),
                new ProjectRoutes(f.projects()),
                new TaskRoutes(f.tasks()),
                new ContactRoutes(f.contacts(), f.portal()),
                new UpdateRoutes(f.updates()),
                new CommentRoutes(f.comments()),
                new AttachmentRoutes(f.attachments()),
                new PortalSessionRoutes(f.portal(), SessionCookie.forContacts(secureCookies)),
                new PortalReadRoutes(f.portal()),
                new SearchRoutes(f.search()),
                new AskRoutes(f.asks()),
                new TimeEntryRoutes(f.capacity()),
                new CapacityRoutes(f.capacity()),
                new SlaRoutes(f.sla()),
                new QueueRoutes(f.queue()),
                new AgendaRoutes(f.agenda()),
                new HandoffRoutes(f.handoff()),
                new ReportRoutes(f.reports()),
                new MetricRoutes(f.metrics()),
                new NotificationRoutes(f.notifications()),
                new JobRunRoutes(f.jobs()),
                new CheckpointRoutes(f.checkpoints()),
                new DocsRoutes(f.docs()),
                new AuditRoutes(f.audit()));
    }

    /** The web app: every feature's pages, for operators under /app and contacts under /portal. */
    private static WebPages pages(Features f, boolean secureCookies) {
        return new WebPages(new Visitors(f.sessions().authenticateSession(), f.sessions().showMe(),
                f.portal().authenticatePortalSession(), f.portal().showPortalMe()), new WebCookies(secureCookies),
                List.of(
                        new OperatorSignIn(f.sessions()),
                        new Dashboard(f.queue(), f.agenda(), f.clients(), f.capacity()),
                        new ClientPages(f.clients(), f.projects(), f.capacity()),
                        new ProjectPages(f.projects(), f.tasks(), f.updates()),
                        new TaskPages(f.tasks(), f.attachments()),
                        new ContactPages(f.clients(), f.contacts(), f.portal()),
                        new HandoffPage(f.handoff()),
                        new AskPages(f.asks(), f.projects(), f.attachments()),
                        new ReportPages(f.reports()),
                        new OperatorPages(f.operators()),
                        new ApiKeyPages(f.apiKeys()),
                        new PortalSignIn(f.portal()),
                        new PortalHome(f.portal()),
                        new SharedProjectPages(f.portal()),
                        new RequestPages(f.asks(), f.portal(), f.attachments()),
                        new SharedTaskPages(f.portal(), f.attachments()),
                        new DocumentsPage(f.docs()),
                        new FilesPage(f.attachments()),
                        new SharedReportPages(f.reports()),
                        new PortalSearch(f.search())));
    }

    /**
     * A worker: the relay and the jobs, and no HTTP API (its metrics listener still, when asked for),
     * whatever PORTAL_JOBS says.
     */
    public static Portal startWorker(PortalConfig config) {
        return start(config.withJobs(true), false);
    }

    /** Prepares the database, connects everything and starts serving HTTP (and metrics, when asked for). */
    public static Portal start(PortalConfig config) {
        return start(config, true);
    }

    private static Portal start(PortalConfig config, boolean serveHttp) {
        Meters meters = Meters.of(config.metrics());
        try {
            return start(config, meters, serveHttp);
        } catch (RuntimeException e) {
            meters.close();
            throw e;
        }
    }

    private static Portal start(PortalConfig config, Meters meters, boolean serveHttp) {
        PostgresPersistence persistence = PostgresPersistence.start(config.database(), meters.registry());
        Clock clock = new SystemClock();
        Digests digests = new Sha256Digests();
        OperationalState state;
        try {
            state = OperationalState.open(config.redisUrl(), config.redisKeyPrefix(), clock, digests,
                    meters.registry());
        } catch (IllegalArgumentException e) {
            persistence.close();
            throw new PortalConfig.ConfigurationError("PORTAL_REDIS_URL: " + e.getMessage());
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
        BlobStore blobs;
        try {
            blobs = config.files().open();
        } catch (RuntimeException e) {
            state.close();
            persistence.close();
            throw e;
        }
        Portal portal = new Portal(config, meters, persistence, state, blobs, digests, clock);
        try {
            portal.metricsPort = meters.serve();
            if (serveHttp) {
                portal.port = portal.http.start(config.httpHost(), config.httpPort());
            }
        } catch (RuntimeException e) {
            portal.cleanup.close();
            portal.relay.close();
            portal.jobs.ifPresent(DbSchedulerJobs::close);
            closeStore(blobs);
            state.close();
            persistence.close();
            throw e;
        }
        return portal;
    }

    public int port() {
        return port;
    }

    /** Where {@code GET /metrics} answers, when PORTAL_METRICS_PORT is set. */
    public OptionalInt metricsPort() {
        return metricsPort;
    }

    Features features() {
        return features;
    }

    public HttpApi http() {
        return http;
    }

    public PortalConfig config() {
        return config;
    }

    /** The S3 store holds an HTTP client; the directory holds nothing open. */
    private static void closeStore(BlobStore blobs) {
        if (blobs instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("the file store did not close", e);
            }
        }
    }

    /** Drains in-flight requests, then closes Redis, the database pool and, last, the metrics listener. */
    @Override
    public void close() {
        http.stop();
        cleanup.close();
        relay.close();
        jobs.ifPresent(DbSchedulerJobs::close);
        closeStore(blobs);
        state.close();
        persistence.close();
        meters.close();
    }
}
