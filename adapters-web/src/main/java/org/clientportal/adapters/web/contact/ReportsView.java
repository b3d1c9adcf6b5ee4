package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.report.Report;

/** The published reports, newest first. */
public record ReportsView(Frame frame, List<Row> rows, String nextPage) {

    public record Row(String id, String title, String period, String published, boolean acknowledged) {
    }

    static ReportsView of(Frame frame, Page<Report> page) {
        return new ReportsView(frame, page.items().stream().map(report -> new Row(report.id().toString(),
                        report.title(), ReportView.period(report), report.publishedAt().map(Shown::time).orElse(""),
                        !report.acknowledgements().isEmpty())).toList(),
                page.next().map(Cursor::encode).map(cursor -> "/portal/reports?cursor=" + cursor).orElse(""));
    }
}
