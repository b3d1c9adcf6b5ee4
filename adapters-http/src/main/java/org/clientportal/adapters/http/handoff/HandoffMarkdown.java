package org.clientportal.adapters.http.handoff;

import static org.clientportal.application.shared.MarkdownText.inline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientportal.adapters.http.capacity.CapacityJson;
import org.clientportal.adapters.http.capacity.PeriodUseJson;
import org.clientportal.adapters.http.client.ClientJson;
import org.clientportal.adapters.http.docs.DocsRecordJson;
import org.clientportal.adapters.http.task.TaskJson;
import org.clientportal.adapters.http.update.UpdateJson;

/**
 * A handoff summary as Markdown, written from the same JSON the API answers, so the two never say
 * different things. Every value a person typed is escaped: it reads as the text it is, never as
 * Markdown of its own.
 */
final class HandoffMarkdown {

    private static final int EXCERPT_MAX = 280;

    private final StringBuilder out = new StringBuilder();

    private HandoffMarkdown() {
    }

    static String of(HandoffJson h) {
        HandoffMarkdown md = new HandoffMarkdown();
        md.client(h.client());
        md.history(h);
        md.contacts(h);
        md.projects(h);
        md.tasks(h.openTasks());
        md.asks(h);
        md.updates(h);
        md.capacity(h.capacity());
        md.docs("Documents", h.documents());
        md.docs("Invoices", h.invoices());
        return md.out.toString();
    }

    private void client(ClientJson c) {
        line("# Handoff: " + inline(c.name()));
        line("");
        line("- Status: **" + c.status() + "** (task keys `" + c.taskKeyPrefix() + "`)");
        optional("Email", c.email());
        optional("Company", c.company());
        optional("Phone", c.phone());
        line("- Client since " + c.createdAt());
    }

    private void history(HandoffJson h) {
        section("History");
        none(h.history().isEmpty(), "Nothing recorded yet.");
        h.history().forEach(e -> line("- " + e.at() + " `" + e.action() + "` by " + inline(e.actor())));
    }

    private void contacts(HandoffJson h) {
        section("Contacts");
        none(h.contacts().isEmpty(), "No contacts.");
        h.contacts().forEach(c -> line("- " + inline(c.name()) + " <" + inline(c.email()) + "> — rights: "
                + String.join(", ", c.rights())));
    }

    private void projects(HandoffJson h) {
        section("Projects under way");
        none(h.projects().isEmpty(), "None.");
        for (HandoffJson.ProjectJson p : h.projects()) {
            line("- **" + inline(p.name()) + "** — " + p.status() + ", " + shown(p.visibility())
                    + (p.dueDate() == null ? "" : ", due " + p.dueDate()));
            p.nextMilestones().forEach(m -> line("  - Next: " + inline(m.title()) + " (`" + m.key() + "`"
                    + (m.dueDate() == null ? "" : ", due " + m.dueDate()) + ", " + shown(m.visibility()) + ")"));
        }
    }

    private void tasks(List<TaskJson> tasks) {
        section("Open tasks");
        none(tasks.isEmpty(), "None.");
        if (!tasks.isEmpty()) {
            line("| Key | Title | Status | Priority | Due | SLA |");
            line("|---|---|---|---|---|---|");
            tasks.forEach(t -> line("| " + t.key() + " | " + inline(t.title()) + " | " + t.status() + " | "
                    + t.priority() + " | " + (t.dueDate() == null ? "" : t.dueDate()) + " | "
                    + (t.sla() == null ? "" : t.sla().state() + ", resolution due " + t.sla().resolutionDue()) + " |"));
        }
    }

    private void asks(HandoffJson h) {
        section("Asks awaiting classification");
        none(h.openAsks().isEmpty(), "None.");
        h.openAsks().forEach(a -> line("- " + a.key() + " (" + a.kind() + ") " + inline(a.title()) + " — filed "
                + a.createdAt() + (a.sla() == null ? "" : ", SLA " + a.sla().state())));
    }

    private void updates(HandoffJson h) {
        section("Recent updates");
        none(h.recentUpdates().isEmpty(), "None.");
        Map<String, String> names = h.projects().stream().collect(Collectors.toMap(HandoffJson.ProjectJson::id,
                HandoffJson.ProjectJson::name, (a, b) -> a));
        for (UpdateJson u : h.recentUpdates()) {
            String label = "client".equals(u.visibility()) ? "[client-visible]" : "[internal note]";
            line("- " + u.createdAt() + " " + label + " " + inline(names.getOrDefault(u.projectId(), "another project"))
                    + ": " + inline(excerpt(u.body())));
        }
    }

    private void capacity(CapacityJson capacity) {
        section("Capacity (" + capacity.from() + " to " + capacity.to() + ")");
        none(capacity.budgets().isEmpty(), "No budgets.");
        capacity.budgets().forEach(b -> b.periods().forEach((PeriodUseJson p) -> line("- " + p.budgetHours()
                + " h per " + b.budget().period() + ", " + p.start() + " to " + p.end() + ": " + p.usedHours()
                + " h used, " + p.remainingHours() + " h left (" + p.percentUsed() + " %)"
                + (b.budget().clientVisible() ? ", shown to the client" : ""))));
    }

    private void docs(String title, List<DocsRecordJson> records) {
        section(title);
        none(records.isEmpty(), "None.");
        records.forEach(r -> line("- " + inline(r.title()) + (r.number() == null ? "" : " (" + inline(r.number()) + ")")
                + " — " + r.status() + (r.total() == null ? "" : ", " + r.amountDue() + " of " + r.total() + " "
                + r.currency() + " due") + (r.dueDate() == null ? "" : ", due " + r.dueDate())
                + (r.clientVisible() ? ", shown to the client" : "")));
    }

    private void section(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void none(boolean empty, String what) {
        if (empty) {
            line(what);
        }
    }

    private void optional(String label, String value) {
        if (value != null) {
            line("- " + label + ": " + inline(value));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String shown(String visibility) {
        return "client".equals(visibility) ? "client-visible" : "internal";
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_MAX ? flat : flat.substring(0, EXCERPT_MAX) + "…";
    }
}
