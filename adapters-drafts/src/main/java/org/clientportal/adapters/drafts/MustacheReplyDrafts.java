package org.clientportal.adapters.drafts;

import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.application.ask.ReplyContext;
import org.clientportal.application.port.ReplyDrafts;

/**
 * Reply drafts from the template {@code ask-reply.mustache}, compiled once. Drafts are plain text
 * the operator edits, never HTML: values are written as they are, not HTML-escaped. The template
 * sees the context as plain maps, so its names are this class's, not the records'.
 */
public final class MustacheReplyDrafts implements ReplyDrafts {

    private static final String TEMPLATE = "org/clientportal/adapters/drafts/ask-reply.mustache";

    private final Mustache template;

    public MustacheReplyDrafts() {
        this.template = new PlainTextMustacheFactory().compile(TEMPLATE);
    }

    @Override
    public String draft(ReplyContext context) {
        StringWriter out = new StringWriter();
        template.execute(out, scope(context));
        return out.toString().strip() + "\n";
    }

    private static Map<String, Object> scope(ReplyContext c) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("agencyName", c.agencyName());
        scope.put("contactName", c.contactName());
        scope.put("senderName", c.senderName());
        scope.put("askKey", c.askKey());
        scope.put("kind", c.kind().equals("bug") ? "bug report" : c.kind());
        scope.put("title", c.title());
        c.project().ifPresent(p -> scope.put("project", Map.of("name", p.name(), "status", p.status())));
        c.task().ifPresent(t -> scope.put("task", Map.of("key", t.key(), "title", t.title(), "status", t.status())));
        List<Map<String, String>> updates = c.updates().stream()
                .map(u -> Map.of("day", u.day().toString(), "firstLine", u.firstLine())).toList();
        scope.put("hasUpdates", !updates.isEmpty());
        scope.put("updates", updates);
        return scope;
    }
}
