package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.clientportal.application.ask.ReplyContext;
import org.clientportal.application.port.ReplyDrafts;

/**
 * Drafts as one line per fact of the context, so that a test can see everything a template was
 * given, and keeps the last context for tests to look at.
 */
public final class PlainReplyDrafts implements ReplyDrafts {

    private volatile ReplyContext last;

    @Override
    public String draft(ReplyContext context) {
        last = context;
        List<String> lines = new ArrayList<>(List.of("to " + context.contactName(), "from " + context.senderName()
                + " of " + context.agencyName(), context.kind() + " " + context.askKey() + " " + context.title()));
        context.project().ifPresent(p -> lines.add("project " + p.name() + " " + p.status()));
        context.task().ifPresent(t -> lines.add("task " + t.key() + " " + t.title() + " " + t.status()));
        context.updates().forEach(u -> lines.add("update " + u.day() + " " + u.firstLine()));
        return String.join("\n", lines);
    }

    public ReplyContext last() {
        return last;
    }
}
