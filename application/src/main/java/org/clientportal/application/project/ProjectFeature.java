package org.clientportal.application.project;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;

/**
 * Projects and their milestones: create, read, edit, move, plan, read the plan with its tasks'
 * progress, complete milestones, search.
 */
public record ProjectFeature(CreateProject createProject, GetProject getProject, UpdateProject updateProject,
                             TransitionProject transitionProject, ReplaceMilestones replaceMilestones,
                             GetMilestones getMilestones, CompleteMilestone completeMilestone,
                             SearchProjects searchProjects) {

    public static ProjectFeature wire(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                                      TaskRepository tasks, AuditRecorder audit, Notifications notifications,
                                      IdSource ids, Clock clock) {
        ProjectChange change = new ProjectChange(transactions, projects, audit);
        return new ProjectFeature(
                new CreateProject(transactions, clients, projects, audit, ids, clock),
                new GetProject(transactions, projects),
                new UpdateProject(change, clock),
                new TransitionProject(transactions, clients, projects, audit, clock),
                new ReplaceMilestones(change, tasks, clock),
                new GetMilestones(transactions, projects, tasks),
                new CompleteMilestone(change, notifications, clock),
                new SearchProjects(transactions, projects));
    }
}
