package org.clientportal.application.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;

/**
 * An integrator sends a batch of a project's metric points: all of them are kept, in one statement,
 * or none (any bad point refuses the batch, naming each bad field). Points sent with an id already
 * kept are left out, so a batch sent again after a timeout adds nothing. Audited once per batch, as
 * counts: the points are data, not changes of the record.
 */
public final class RecordMetrics {

    public static final int BATCH_MAX = 1000;

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final ProjectMetrics metrics;
    private final AuditRecorder audit;
    private final Clock clock;

    RecordMetrics(Transactions transactions, ProjectRepository projects, ProjectMetrics metrics, AuditRecorder audit,
                  Clock clock) {
        this.transactions = transactions;
        this.projects = projects;
        this.metrics = metrics;
        this.audit = audit;
        this.clock = clock;
    }

    public MetricsReceived execute(Actor actor, String projectId, List<MetricPointInput> batch) {
        actor.require(Permission.WRITE_METRICS);
        ProjectId project = ProjectId.parse(projectId);
        List<MetricPoint> points = checked(batch);
        return transactions.inTenant(actor.tenantId(), () -> {
            projects.find(actor.tenantId(), project).orElseThrow(() -> new NotFound("project", projectId));
            int written = metrics.record(actor.tenantId(), project, points, clock.now());
            MetricsReceived received = new MetricsReceived(points.size(), written);
            audit.created(actor, "project.metrics-received", "project", project, Map.of("received",
                    received.received(), "written", received.written(), "names",
                    points.stream().map(MetricPoint::name).distinct().sorted().toList()));
            return received;
        });
    }

    static List<MetricPoint> checked(List<MetricPointInput> batch) {
        Validation v = new Validation();
        if (batch == null || batch.isEmpty() || batch.size() > BATCH_MAX) {
            v.add("points", "must hold 1 to " + BATCH_MAX + " points" + (batch == null ? "" : ", not " + batch.size()));
            v.done();
        }
        List<MetricPoint> points = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            int index = i;
            String at = "points[" + i + "].";
            MetricPointInput in = batch.get(i);
            if (in == null) {
                v.add("points[" + i + "]", "must be a point");
                continue;
            }
            String name = v.required(at + "name", in.name(), MetricPoint::name);
            BigDecimal value = v.requiredValue(at + "value", in.value(), MetricPoint::value);
            String unit = v.requiredText(at + "unit", in.unit(), MetricPoint.UNIT_MAX);
            Instant when = v.required(at + "at", in.at(), Dates::instant);
            Optional<String> id = v.optionalText(at + "id", in.id(), MetricPoint.POINT_ID_MAX);
            id.ifPresent(given -> {
                Integer first = ids.putIfAbsent(given, index);
                if (first != null) {
                    v.add(at + "id", "repeats points[" + first + "].id");
                }
            });
            if (!v.hasErrors()) {
                points.add(new MetricPoint(name, value, unit, when, id));
            }
        }
        v.done();
        return points;
    }
}
