package org.clientportal.adapters.http.handoff;

import io.javalin.http.HandlerType;
import java.util.Locale;
import org.clientportal.adapters.http.client.ClientRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.TextReply;
import org.clientportal.application.handoff.HandoffFeature;
import org.clientportal.domain.operator.Permission;

/** A client's handoff summary for a new owner, as JSON or, asked for with {@code Accept: text/markdown}, as Markdown. */
public final class HandoffRoutes implements FeatureRoutes {

    static final String MARKDOWN = "text/markdown";

    private static final Operation.Parameter CLIENT_ID = Operation.Parameter.path("id", "ClientId",
            "The client's id. An unknown id, or another agency's, is not found.");

    private final HandoffFeature handoff;

    public HandoffRoutes(HandoffFeature handoff) {
        this.handoff = handoff;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/clients/{id}/handoff", Operation.of("getHandoff",
                        ClientRoutes.TAG, "Read a client's handoff summary")
                .description("Everything a new owner needs, read now: the client and its latest history, its"
                        + " contacts and rights, projects under way with their next milestones, open tasks and asks"
                        + " with their SLA clocks, the latest updates (each marked internal or client-visible) and"
                        + " the capacity of the periods holding today. Send `Accept: text/markdown` for the same as"
                        + " Markdown, to paste into a note.")
                .pathParameter(CLIENT_ID)
                .answers(200, "The summary.", HandoffJson.class)
                .alsoAsText(MARKDOWN)
                .permission(Permission.READ), (ctx, actor) -> {
            HandoffJson summary = HandoffJson.of(handoff.getHandoff().execute(actor, ctx.pathParam("id")));
            return Reply.ok(wantsMarkdown(ctx.header("Accept"))
                    ? new TextReply(HandoffMarkdown.of(summary), MARKDOWN) : summary);
        });
    }

    /** Markdown when the caller names it before JSON (or without JSON) in Accept; JSON otherwise. */
    static boolean wantsMarkdown(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int markdown = lower.indexOf(MARKDOWN);
        int json = lower.indexOf("application/json");
        return markdown >= 0 && (json < 0 || markdown < json);
    }
}
