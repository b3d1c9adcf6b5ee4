package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.task.Task;

/** A task shared with the client: where it stands, and its files. */
public final class SharedTaskPages implements PageGroup {

    private final PortalFeature portal;
    private final AttachmentFeature attachments;

    public SharedTaskPages(PortalFeature portal, AttachmentFeature attachments) {
        this.portal = portal;
        this.attachments = attachments;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/tasks/{key}", (ctx, visit) -> {
            Task task = portal.getSharedTask().execute(visit.actor(), ctx.pathParam("key"));
            return Answer.view("contact/task.jte", SharedTaskView.of(visit.frame(task.key().toString()), task,
                    attachments.listAttachments().execute(visit.actor(), ParentKind.TASK, ctx.pathParam("key"))));
        });
    }
}
