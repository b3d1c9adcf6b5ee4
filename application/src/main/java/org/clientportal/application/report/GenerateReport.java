package org.clientportal.application.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.ReportWriter;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportPeriod;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Rejection;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * An operator has a report drafted for a client, or one of its projects, over a period: the draft is
 * written from the client's view of the record ({@link ReportReader}), so no internal record can be in
 * it, and stored as a draft for the agency to edit, review and publish. One transaction: the checks,
 * the read and the write commit together.
 */
public final class GenerateReport {

    public static final String PROJECT_NOT_SHARED = "report.project-not-shared";

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final ReportReader reader;
    private final ReportWriter writer;
    private final ReportRepository reports;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    GenerateReport(Transactions transactions, ClientRepository clients, ProjectRepository projects, ReportReader reader,
                   ReportWriter writer, ReportRepository reports, AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.reader = reader;
        this.writer = writer;
        this.reports = reports;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Report execute(Actor actor, GenerateReportCommand command) {
        actor.require(Permission.WRITE);
        ReportSubject subject = checked(command);
        return transactions.inTenant(actor.tenantId(), () -> {
            Client client = clients.find(actor.tenantId(), subject.clientId())
                    .orElseThrow(() -> new NotFound("client", command.clientId()));
            Optional<Project> project = subject.projectId().map(id -> sharedProjectOf(actor, client, id));
            ReportFacts facts = reader.read(actor.tenantId(), subject);
            String title = subject.title().orElseGet(() -> defaultTitle(client, project, subject.period()));
            Report report = Report.draft(new ReportId(ids.next()), actor.tenantId(), client.id(), subject.projectId(),
                    subject.period(), title, writer.draft(facts), actor.principal().name(), clock.now());
            reports.add(report);
            audit.created(actor, "report.drafted", "report", report.id(), Snapshots.of(report));
            return report;
        });
    }

    private Project sharedProjectOf(Actor actor, Client client, ProjectId id) {
        Project project = projects.find(actor.tenantId(), id)
                .orElseThrow(() -> new NotFound("project", id.toString()));
        if (!project.clientId().equals(client.id())) {
            throw ValidationFailed.of("projectId", "is a project of another client");
        }
        if (!project.isVisibleToClient()) {
            throw projectNotShared();
        }
        return project;
    }

    public static RuleViolated projectNotShared() {
        return new Rejection(PROJECT_NOT_SHARED, "The project is internal: share it with the client before"
                + " reporting on it").toError();
    }

    /** A malformed id or date is bad input; a well-formed id that names nothing is not found. */
    static ReportSubject checked(GenerateReportCommand command) {
        Validation v = new Validation();
        ClientId client = v.required("clientId", command.clientId(), ClientId::of);
        Optional<ProjectId> project = v.optional("projectId", command.projectId(), ProjectId::of);
        LocalDate from = v.required("from", command.from(), Dates::parse);
        LocalDate to = v.required("to", command.to(), Dates::parse);
        Optional<String> title = v.optionalText("title", command.title(), Report.TITLE_MAX);
        v.done();
        if (to.isBefore(from)) {
            v.add("to", "must be on or after from (" + from + ")");
        } else if (ChronoUnit.DAYS.between(from, to) >= ReportPeriod.DAYS_MAX) {
            v.add("to", "must be within " + ReportPeriod.DAYS_MAX + " days of from (" + from + ")");
        }
        v.done();
        return new ReportSubject(client, project, new ReportPeriod(from, to), title);
    }

    private static String defaultTitle(Client client, Optional<Project> project, ReportPeriod period) {
        return client.profile().name() + project.map(p -> ": " + p.details().name()).orElse("") + ", "
                + period.from() + " to " + period.to();
    }
}
