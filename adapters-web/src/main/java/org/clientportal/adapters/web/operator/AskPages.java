package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Versions;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.ask.AskFeature;
import org.clientportal.application.ask.AskView;
import org.clientportal.application.ask.ClassifyCommand;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.project.Project;

/**
 * The clients' asks, triaged: the inbox of unclassified ones first (or the classified, or all), and
 * an ask's page with its files, its classification buttons, a reply drafted from what the client
 * may see to edit in place, and publishing the reply.
 */
public final class AskPages implements PageGroup {

    private static final String PAGE_SIZE = "50";
    private static final String INBOX = "false";

    private final AskFeature asks;
    private final ProjectFeature projects;
    private final AttachmentFeature attachments;

    public AskPages(AskFeature asks, ProjectFeature projects, AttachmentFeature attachments) {
        this.asks = asks;
        this.projects = projects;
        this.attachments = attachments;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/asks", (ctx, visit) -> {
            String classified = Optional.ofNullable(ctx.queryParam("classified")).orElse(INBOX);
            return Answer.view("operator/asks.jte", AsksView.of(visit.frame("Asks"), classified,
                    asks.listAsks().execute(visit.actor(), classified.isEmpty() ? null : classified, null,
                            new PageInput(PAGE_SIZE, ctx.queryParam("cursor")))));
        });
        pages.operatorPage("/app/asks/{key}", (ctx, visit) -> ask(ctx, visit, "", Refused.NONE));
        pages.operatorForm("/app/asks/{key}/classification", (ctx, visit) -> {
            String projectId = Form.text(ctx, "projectId");
            AskView classified = asks.classifyAsk().execute(visit.actor(), ctx.pathParam("key"), new ClassifyCommand(
                    Form.text(ctx, "as"), projectId.isEmpty() ? null : projectId, Optional.of(Versions.of(ctx))));
            return Answer.redirect("/app/asks/" + classified.ask().key());
        }, (ctx, visit, refusal) -> ask(ctx, visit, "", new Refused(AskPageView.CLASSIFY, refusal)));
        pages.operatorForm("/app/asks/{key}/reply-drafts", (ctx, visit) -> ask(ctx, visit,
                asks.draftReply().execute(visit.actor(), ctx.pathParam("key")).body(), Refused.NONE),
                (ctx, visit, refusal) -> ask(ctx, visit, "", new Refused(AskPageView.REPLY, refusal)));
        pages.operatorForm("/app/asks/{key}/replies", (ctx, visit) -> {
            asks.publishReply().execute(visit.actor(), ctx.pathParam("key"), Form.text(ctx, "body"));
            return Answer.redirect("/app/asks/" + ctx.pathParam("key") + "#replies");
        }, (ctx, visit, refusal) -> ask(ctx, visit, Form.text(ctx, "body"),
                new Refused(AskPageView.REPLY, refusal)));
    }

    /** {@code reply}: the text shown in the reply form, a fresh draft or what was refused. */
    private Answer ask(Context ctx, Visit visit, String reply, Refused refused) {
        String key = ctx.pathParam("key");
        AskView view = asks.getAsk().execute(visit.actor(), key);
        List<Project> ofClient = projects.searchProjects().execute(visit.actor(), view.ask().clientId().toString(),
                List.of(), null, new PageInput(PAGE_SIZE, null)).items();
        return Answer.view("operator/ask.jte", AskPageView.of(visit.frame(view.ask().key().value()), view, ofClient,
                attachments.listAttachments().execute(visit.actor(), ParentKind.ASK, key), reply, refused),
                refused.status());
    }
}
