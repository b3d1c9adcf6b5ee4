package org.clientportal.adapters.web.operator;

import java.util.List;
import java.util.stream.Stream;
import org.clientportal.adapters.web.Badges;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.handoff.Handoff;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.shared.Lifecycle;

/** The handoff as a page: each list of the summary as rows of plain text, internal records marked. */
public record HandoffView(Frame frame, String clientId, String name, String status, List<Line> contacts,
                          List<Line> projects, List<Line> openTasks, List<Line> openAsks, List<Line> updates,
                          List<Line> documents, List<Line> history) {

    /** One row: what it is, and what is known of it; {@code link} may be empty. */
    public record Line(String title, String detail, String link) {
    }

    static HandoffView of(Frame frame, Handoff handoff) {
        return new HandoffView(frame, handoff.client().id().toString(), handoff.client().profile().name(),
                Lifecycle.wireName(handoff.client().status()),
                handoff.contacts().stream().map(contact -> new Line(contact.name(), contact.email() + " · "
                        + String.join(", ", contact.rights().granted().stream().sorted().map(Lifecycle::wireName)
                        .toList()), "")).toList(),
                handoff.projects().stream().map(active -> new Line(active.project().details().name(),
                        Shown.label(Lifecycle.wireName(active.project().status())) + " · "
                                + Badges.of(active.project().visibility()) + nextMilestones(active),
                        "/app/projects/" + active.project().id())).toList(),
                handoff.openTasks().stream().map(view -> new Line(view.task().key() + " · " + view.task().details().title(),
                        Shown.label(Lifecycle.wireName(view.task().status()))
                                + view.sla().map(sla -> " · SLA " + Shown.label(Lifecycle.wireName(sla.state()))).orElse(""),
                        "/app/tasks/" + view.task().key())).toList(),
                handoff.openAsks().stream().map(open -> new Line(open.ask().key() + " · " + open.ask().title(),
                        Shown.label(Lifecycle.wireName(open.ask().kind()))
                                + open.sla().map(sla -> " · SLA " + Shown.label(Lifecycle.wireName(sla.state()))).orElse(""),
                        "")).toList(),
                handoff.recentUpdates().stream().map(update -> new Line(update.body(), Badges.of(update.visibility())
                        + " · " + update.authorName() + " · " + Shown.time(update.createdAt()), "")).toList(),
                Stream.concat(handoff.invoices().stream(), handoff.documents().stream())
                        .map(HandoffView::docs).toList(),
                handoff.history().stream().map(event -> new Line(event.action(), event.actor() + " · "
                        + Shown.time(event.at()), "")).toList());
    }

    private static String nextMilestones(Handoff.ActiveProject active) {
        return active.nextMilestones().isEmpty() ? "" : " · next: " + String.join(", ", active.nextMilestones()
                .stream().map(m -> m.title() + m.dueDate().map(due -> " (" + Shown.date(due) + ")").orElse(""))
                .toList());
    }

    private static Line docs(DocsRecord record) {
        return new Line(record.facts().title(), Shown.label(Lifecycle.wireName(record.facts().kind())) + " · "
                + Shown.label(Lifecycle.wireName(record.facts().status()))
                + record.facts().amounts().map(a -> " · due " + Shown.money(a.due().amount(), a.due().currency()))
                .orElse(""), "");
    }
}
