package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.shared.PageInput;

/** One page of every file the contact may open, across the tasks, updates, comments and requests shared with them. */
public final class FilesPage implements PageGroup {

    private static final String SHOWN = "50";

    private final AttachmentFeature attachments;

    public FilesPage(AttachmentFeature attachments) {
        this.attachments = attachments;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/files", (ctx, visit) -> Answer.view("contact/allFiles.jte", FilesView.of(
                visit.frame("Files"), attachments.listSharedFiles().execute(visit.actor(),
                        new PageInput(SHOWN, ctx.queryParam("cursor"))))));
    }
}
