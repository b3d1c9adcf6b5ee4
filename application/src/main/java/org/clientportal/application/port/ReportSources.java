package org.clientportal.application.port;

import java.util.List;
import org.clientportal.application.report.ReportFacts;
import org.clientportal.application.report.ReportWindow;
import org.clientportal.domain.shared.TenantId;

/**
 * What a report on a client's period may speak of, read inside {@link Transactions#inClientView}: the
 * client-visible records of the client's shared projects only, oldest first, each list at most
 * {@link ReportWindow#limit()} long.
 */
public interface ReportSources {

    /** Client-visible tasks that are done, and whose move to done fell in the window. */
    List<ReportFacts.CompletedTask> completedTasks(TenantId tenant, ReportWindow window);

    /** Client-visible milestones completed in the window. */
    List<ReportFacts.ReachedMilestone> reachedMilestones(TenantId tenant, ReportWindow window);

    /** Client-visible updates posted in the window. */
    List<ReportFacts.SharedUpdate> sharedUpdates(TenantId tenant, ReportWindow window);

    /** The metrics of the shared projects at moments in the window, summed up per project, name and unit. */
    List<ReportFacts.MetricTotal> metricTotals(TenantId tenant, ReportWindow window);
}
