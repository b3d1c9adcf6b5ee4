package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportLifecycle;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.Lifecycle;

/**
 * A report's page as {@link ReportPages} shows it: its text, editable while a draft or in review
 * ({@code draft} is what the edit form holds: the report's, or what was refused), and the moves its
 * lifecycle allows from where it stands, each named for what it does.
 */
public record ReportPageView(Frame frame, String id, String clientId, String projectId, String period, String status,
                             String updated, String published, int acknowledgements, long version,
                             boolean editable, Draft draft, List<Move> moves, Refused refused) {

    static final String EDIT = "edit";
    static final String MOVE = "move";

    /** The title and text in the edit form. */
    public record Draft(String title, String body) {
    }

    /** {@code to}: the status the button sends; {@code label}: what it says. */
    public record Move(String to, String label) {
    }

    static ReportPageView of(Frame frame, Report report, Draft draft, Refused refused) {
        return new ReportPageView(frame, report.id().toString(), report.clientId().toString(),
                report.projectId().map(Object::toString).orElse(""), period(report),
                Shown.label(Lifecycle.wireName(report.status())), Shown.time(report.updatedAt()),
                report.publishedAt().map(Shown::time).orElse(""), report.acknowledgements().size(), report.version(),
                report.status().isEditable(), draft, ReportLifecycle.MOVES.allowedFrom(report.status()).stream()
                        .map(to -> new Move(Lifecycle.wireName(to), label(report.status(), to))).toList(),
                refused);
    }

    static Draft draftOf(Report report) {
        return new Draft(report.title(), report.body());
    }

    static String period(Report report) {
        return Shown.date(report.period().from()) + " to " + Shown.date(report.period().to());
    }

    private static String label(ReportStatus from, ReportStatus to) {
        return switch (to) {
            case IN_REVIEW -> from == ReportStatus.DRAFT ? "Submit for review" : "Back to review";
            case DRAFT -> "Return to draft";
            case APPROVED -> "Approve";
            case PUBLISHED -> "Publish to the client";
            case DISCARDED -> "Discard";
        };
    }
}
