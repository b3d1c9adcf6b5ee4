package org.clientportal.application.metric;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.sla.SlaSettings;

/** Project metrics from integrators: batches of points in, sums per bucket out. */
public record MetricFeature(RecordMetrics recordMetrics, GetMetrics getMetrics) {

    public static MetricFeature wire(Transactions transactions, ProjectRepository projects, ProjectMetrics metrics,
                                     SlaSettingsRepository slaSettings, AuditRecorder audit, Clock clock) {
        return new MetricFeature(new RecordMetrics(transactions, projects, metrics, audit, clock),
                new GetMetrics(transactions, projects, metrics, new SlaSettings(slaSettings), clock));
    }
}
