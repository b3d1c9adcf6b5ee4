package org.clientportal.application.audit;

import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.Transactions;

/** The audit trail, read back: every change with its actor and request id. */
public record AuditFeature(ListAuditEvents listAuditEvents) {

    public static AuditFeature wire(Transactions transactions, AuditTrail trail) {
        return new AuditFeature(new ListAuditEvents(transactions, trail));
    }
}
