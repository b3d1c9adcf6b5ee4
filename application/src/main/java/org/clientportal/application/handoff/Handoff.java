package org.clientportal.application.handoff;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.capacity.ClientCapacity;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.update.ProjectUpdate;

/**
 * What a new owner of a client needs to know, read at one moment: the client and its history, its
 * contacts and their rights, the projects under way with their next milestones, the open tasks and
 * requests with their SLA clocks, the latest updates (internal or client-visible, each marked) and
 * the capacity of the periods holding today, and its latest documents and invoices from Klevar Docs.
 */
public record Handoff(Client client, List<AuditEvent> history, List<Contact> contacts, List<ActiveProject> projects,
                      List<TaskView> openTasks, List<OpenAsk> openAsks, List<ProjectUpdate> recentUpdates,
                      ClientCapacity capacity, List<DocsRecord> documents, List<DocsRecord> invoices) {

    /** How many of each list a handoff holds, newest or soonest first. */
    public static final int LIST_MAX = 50;
    public static final int HISTORY_MAX = 20;
    public static final int UPDATES_MAX = 10;
    public static final int MILESTONES_MAX = 3;

    public Handoff {
        history = List.copyOf(history);
        contacts = List.copyOf(contacts);
        projects = List.copyOf(projects);
        openTasks = List.copyOf(openTasks);
        openAsks = List.copyOf(openAsks);
        recentUpdates = List.copyOf(recentUpdates);
        documents = List.copyOf(documents);
        invoices = List.copyOf(invoices);
    }

    /** A project under way and its next milestones not yet completed, soonest due first. */
    public record ActiveProject(Project project, List<Milestone> nextMilestones) {
        public ActiveProject {
            nextMilestones = List.copyOf(nextMilestones);
        }
    }

    /** An ask not yet classified, with its SLA clock if it has one. */
    public record OpenAsk(Ask ask, Optional<SlaReading> sla) {
    }
}
