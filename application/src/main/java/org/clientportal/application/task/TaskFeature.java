package org.clientportal.application.task;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;

/** Tasks on projects: create, read by key, search, edit, move through the lifecycle. */
public record TaskFeature(CreateTask createTask, GetTask getTask, SearchTasks searchTasks, UpdateTask updateTask,
                          TransitionTask transitionTask) {

    public static TaskFeature wire(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                                   OperatorRepository operators, TaskRepository tasks, AuditRecorder audit,
                                   IdSource ids, Clock clock) {
        Assignees assignees = new Assignees(operators);
        return new TaskFeature(
                new CreateTask(transactions, clients, projects, tasks, assignees, audit, ids, clock),
                new GetTask(transactions, tasks),
                new SearchTasks(transactions, tasks),
                new UpdateTask(transactions, tasks, assignees, audit, clock),
                new TransitionTask(transactions, clients, projects, tasks, audit, ids, clock));
    }
}
