package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.ask.AskFeature;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.ask.SharedRequest;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.attachment.ParentKind;

/**
 * What the client filed: the list, the form for a new request (a task, a bug or a question, with
 * files), and one request with its files and the agency's answer. Files go straight to the portal
 * API's upload route from the page's script, which streams them into the file store under the same
 * limits; the form itself works without scripts, files then added on the request's page.
 */
public final class RequestPages implements PageGroup {

    private static final String PAGE_SIZE = "50";

    private final AskFeature asks;
    private final PortalFeature portal;
    private final AttachmentFeature attachments;

    public RequestPages(AskFeature asks, PortalFeature portal, AttachmentFeature attachments) {
        this.asks = asks;
        this.portal = portal;
        this.attachments = attachments;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/requests", (ctx, visit) -> Answer.view("contact/requests.jte",
                RequestsView.of(visit.frame("Requests"), asks.listSharedRequests().execute(visit.actor(),
                        new PageInput(PAGE_SIZE, ctx.queryParam("cursor"))))));
        pages.contactPage("/portal/requests/new", (ctx, visit) -> form(visit, RequestForm.Draft.EMPTY, Refusal.NONE));
        pages.contactForm("/portal/requests", (ctx, visit) -> {
            SharedRequest filed = asks.fileRequest().execute(visit.actor(), new FileRequestCommand(
                    emptyToNull(Form.text(ctx, "projectId")), Form.text(ctx, "kind"), Form.text(ctx, "title"),
                    emptyToNull(Form.text(ctx, "description"))));
            return Answer.redirect("/portal/requests/" + filed.key());
        }, (ctx, visit, refusal) -> form(visit, new RequestForm.Draft(Form.text(ctx, "kind"),
                Form.text(ctx, "projectId"), Form.text(ctx, "title"), Form.text(ctx, "description")), refusal));
        pages.contactPage("/portal/requests/{key}", (ctx, visit) -> {
            SharedRequest request = asks.getSharedRequest().execute(visit.actor(), ctx.pathParam("key"));
            return Answer.view("contact/request.jte", RequestView.of(visit.frame(request.title()), request,
                    attachments.listAttachments().execute(visit.actor(), ParentKind.ASK, ctx.pathParam("key"))));
        });
        pages.contactAction("/portal/attachments/{id}/download", (ctx, visit) -> Answer.redirect(
                attachments.issueSharedDownloadLink().execute(visit.actor(), ctx.pathParam("id")).url()));
    }

    private Answer form(Visit visit, RequestForm.Draft draft, Refusal refusal) {
        var projects = portal.listSharedProjects().execute(visit.actor(), new PageInput(PAGE_SIZE, null)).items();
        return Answer.view("contact/newRequest.jte", RequestForm.of(visit.frame("New request"), projects, draft,
                refusal), refusal.any() ? refusal.status() : 200);
    }

    /** The use case reads a field left out as absent, not as an empty text. */
    private static String emptyToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
