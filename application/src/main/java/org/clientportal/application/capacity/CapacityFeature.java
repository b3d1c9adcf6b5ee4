package org.clientportal.application.capacity;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;

/**
 * Time and capacity: operators log time on clients' work; owners and admins give clients budgets of
 * hours per period; the agency sees each period used and left, and hears once when one passes 80 %
 * and 100 %; a client's contacts see the budgets made visible to them.
 */
public record CapacityFeature(LogTime logTime, ListTimeEntries listTimeEntries, ChangeTimeEntry changeTimeEntry,
                              DeleteTimeEntry deleteTimeEntry, SetBudget setBudget, ListBudgets listBudgets,
                              ChangeBudget changeBudget, DeleteBudget deleteBudget, GetCapacity getCapacity,
                              GetCapacityOfClients getCapacityOfClients, GetSharedCapacity getSharedCapacity) {

    /** The driven ports the feature reads and writes. */
    public record Ports(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                        TaskRepository tasks, OperatorRepository operators, TimeEntryRepository entries,
                        CapacityBudgetRepository budgets, IdSource ids, Clock clock) {
    }

    public static CapacityFeature wire(Ports p, AuditRecorder audit, Notifications notifications) {
        Transactions tx = p.transactions();
        CapacityCrossings crossings = new CapacityCrossings(p.budgets(), p.entries(), audit, notifications, p.clock());
        CapacityReport report = new CapacityReport(p.budgets(), p.entries());
        return new CapacityFeature(
                new LogTime(new LogTime.Ports(tx, p.clients(), p.projects(), p.tasks(), p.operators(), p.entries()),
                        crossings, audit, p.ids(), p.clock()),
                new ListTimeEntries(tx, p.entries()),
                new ChangeTimeEntry(tx, p.entries(), crossings, audit, p.clock()),
                new DeleteTimeEntry(tx, p.entries(), audit),
                new SetBudget(tx, p.clients(), p.budgets(), crossings, audit, p.ids(), p.clock()),
                new ListBudgets(tx, p.clients(), p.budgets()),
                new ChangeBudget(tx, p.budgets(), crossings, audit, p.clock()),
                new DeleteBudget(tx, p.budgets(), audit),
                new GetCapacity(tx, p.clients(), p.budgets(), report, p.clock()),
                new GetCapacityOfClients(tx, p.budgets(), report, p.clock()),
                new GetSharedCapacity(tx, p.budgets(), report, p.clock()));
    }
}
