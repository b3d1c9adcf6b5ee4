package org.clientportal.application.update;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

/**
 * An operator edits an update, or makes it client-visible (or internal again). Changing who may
 * see it is audited as an act of its own, {@code update.visibility-changed}.
 */
public final class ChangeUpdate {

    private final Transactions transactions;
    private final UpdateRepository updates;
    private final ProjectRepository projects;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final Clock clock;

    public ChangeUpdate(Transactions transactions, UpdateRepository updates, ProjectRepository projects,
                        AuditRecorder audit, Notifications notifications, Clock clock) {
        this.transactions = transactions;
        this.updates = updates;
        this.projects = projects;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    public ProjectUpdate execute(Actor actor, String updateId, UpdateChanges changes) {
        actor.require(Permission.WRITE);
        UpdateId id = UpdateId.parse(updateId);
        Validation v = new Validation();
        String body = changes.body().present()
                ? v.requiredMultiLineText("body", changes.body().value(), ProjectUpdate.BODY_MAX) : null;
        Visibility visibility = changes.visibility().present() ? v.required("visibility", changes.visibility().value(),
                raw -> StatusNames.parse(Visibility.class, raw)) : null;
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            ProjectUpdate before = updates.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("update", updateId));
            StaleVersion.check("update", changes.expectedVersion(), before.version());
            ProjectUpdate after = before.with(body == null ? before.body() : body,
                    visibility == null ? before.visibility() : visibility, clock.now());
            if (after == before) {
                return before;
            }
            updates.update(after, before.version());
            String action = after.visibility() != before.visibility() ? "update.visibility-changed" : "update.edited";
            audit.changed(actor, action, "update", id, Snapshots.of(before), Snapshots.of(after));
            if (after.isVisibleToClient() && !before.isVisibleToClient()) {
                projects.find(actor.tenantId(), after.projectId())
                        .ifPresent(project -> notifications.updateShared(after, project));
            }
            return after;
        });
    }
}
