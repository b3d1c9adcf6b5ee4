package org.clientportal.application.task;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.application.sla.SlaSettings;

/** Tasks on projects: create, read by key, search, edit, move through the lifecycle. */
public record TaskFeature(NewTasks newTasks, CreateTask createTask, GetTask getTask, SearchTasks searchTasks, UpdateTask updateTask,
                          TransitionTask transitionTask) {

    public static TaskFeature wire(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                                   OperatorRepository operators, TaskRepository tasks, AuditRecorder audit,
                                   Notifications notifications,
                                   RequestClockRepository requestClocks, SlaSettingsRepository slaSettings,
                                   IdSource ids, Clock clock) {
        Assignees assignees = new Assignees(operators);
        RequestClocks clocks = new RequestClocks(requestClocks);
        SlaReadings slas = new SlaReadings(requestClocks, new SlaSettings(slaSettings), clock);
        NewTasks newTasks = new NewTasks(clients, projects, tasks, audit, ids, clock);
        return new TaskFeature(newTasks,
                new CreateTask(transactions, newTasks, assignees),
                new GetTask(transactions, tasks, slas),
                new SearchTasks(transactions, tasks, slas),
                new UpdateTask(transactions, tasks, assignees, clocks, slas, audit, clock),
                new TransitionTask(transactions, clients, projects, tasks, clocks, slas, audit, notifications,
                        ids, clock));
    }
}
