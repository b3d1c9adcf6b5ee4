package org.clientportal.application.project;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/**
 * The shared story of every change to one project: in one transaction, load it (another tenant's
 * id is not found), check the caller's version, let the domain change it, store it and audit it.
 * A change that alters nothing is neither stored nor audited.
 */
public final class ProjectChange {

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final AuditRecorder audit;

    public ProjectChange(Transactions transactions, ProjectRepository projects, AuditRecorder audit) {
        this.transactions = transactions;
        this.projects = projects;
        this.audit = audit;
    }

    public Project apply(Actor actor, String projectId, Optional<Long> expectedVersion, String action,
                         UnaryOperator<Project> change) {
        return apply(actor, projectId, expectedVersion, (before, after) -> action, change);
    }

    /** With the audit's action named from what the change did: {@code action.apply(before, after)}. */
    public Project apply(Actor actor, String projectId, Optional<Long> expectedVersion,
                         BiFunction<Project, Project, String> action, UnaryOperator<Project> change) {
        actor.require(Permission.WRITE);
        ProjectId id = ProjectId.parse(projectId);
        return transactions.inTenant(actor.tenantId(), () -> {
            Project before = projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", projectId));
            StaleVersion.check("project", expectedVersion, before.version());
            Project after = change.apply(before);
            if (after == before) {
                return before;
            }
            projects.update(after, before.version());
            audit.changed(actor, action.apply(before, after), "project", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
