package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.report.Report;

/**
 * One published report: its text as the agency wrote it (shown as written, line breaks kept), who
 * approved it, and whether this contact may.
 */
public record ReportView(Frame frame, String id, String title, String period, String published, String body,
                         List<String> acknowledgedBy, boolean mayApprove) {

    static ReportView of(Frame frame, Report report, boolean mayApprove) {
        return new ReportView(frame, report.id().toString(), report.title(), period(report),
                report.publishedAt().map(Shown::time).orElse(""), report.body(),
                report.acknowledgements().stream().map(a -> a.contactName() + ", " + Shown.time(a.at())).toList(),
                mayApprove);
    }

    static String period(Report report) {
        return Shown.date(report.period().from()) + " to " + Shown.date(report.period().to());
    }
}
