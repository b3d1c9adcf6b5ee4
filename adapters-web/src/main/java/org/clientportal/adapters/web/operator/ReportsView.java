package org.clientportal.adapters.web.operator;

import java.util.Arrays;
import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.Lifecycle;

/** One page of reports, newest first, in one status or all ({@code status} empty). */
public record ReportsView(Frame frame, String status, List<String> statuses, List<ReportRow> rows, String nextPage) {

    public record ReportRow(String id, String title, String clientId, String period, String status, String updated) {

        static ReportRow of(Report report) {
            return new ReportRow(report.id().toString(), report.title(), report.clientId().toString(),
                    ReportPageView.period(report), Lifecycle.wireName(report.status()), Shown.time(report.updatedAt()));
        }
    }

    static ReportsView of(Frame frame, String status, Page<Report> page) {
        return new ReportsView(frame, status, Arrays.stream(ReportStatus.values()).map(Lifecycle::wireName).toList(),
                page.items().stream().map(ReportRow::of).toList(), NextPage.of(page, "/app/reports?status=" + status));
    }
}
