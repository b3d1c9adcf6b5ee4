package org.clientportal.application.update;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.AuthorNames;

/** Updates on projects: post, list, show, edit or share. */
public record UpdateFeature(PostUpdate postUpdate, ListUpdates listUpdates, GetUpdate getUpdate,
                            ChangeUpdate changeUpdate) {

    public static UpdateFeature wire(Transactions transactions, ProjectRepository projects, UpdateRepository updates,
                                     AuthorNames authors, AuditRecorder audit, Notifications notifications,
                                     IdSource ids, Clock clock) {
        return new UpdateFeature(
                new PostUpdate(transactions, projects, updates, authors, audit, notifications, ids, clock),
                new ListUpdates(transactions, projects, updates),
                new GetUpdate(transactions, updates),
                new ChangeUpdate(transactions, updates, projects, audit, notifications, clock));
    }
}
