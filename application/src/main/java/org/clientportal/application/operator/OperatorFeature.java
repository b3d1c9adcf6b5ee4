package org.clientportal.application.operator;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.Transactions;

/** The agency's operators: add, list, change role or name, remove. */
public record OperatorFeature(AddOperator addOperator, ListOperators listOperators, ChangeOperator changeOperator,
                              RemoveOperator removeOperator) {

    public static OperatorFeature wire(Transactions transactions, OperatorRepository operators,
                                       ApiKeyRepository apiKeys, SessionStore sessions, AuditRecorder audit,
                                       PasswordHasher passwords, IdSource ids, Clock clock) {
        return new OperatorFeature(
                new AddOperator(transactions, operators, audit, passwords, ids, clock),
                new ListOperators(transactions, operators),
                new ChangeOperator(transactions, operators, audit, clock),
                new RemoveOperator(transactions, operators, apiKeys, sessions, audit, clock));
    }
}
