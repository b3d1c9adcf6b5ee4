package org.clientportal.adapters.web.operator;

import java.util.Optional;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Versions;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.task.TaskFeature;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.attachment.ParentKind;

/**
 * A task's page: what it is, its SLA clock when a client asked for it, its files (each downloaded
 * through a short-lived link), and its allowed moves as buttons — for a client's request, accept
 * (to open) or decline (to cancelled, with the reason the client will read).
 */
public final class TaskPages implements PageGroup {

    private final TaskFeature tasks;
    private final AttachmentFeature attachments;

    public TaskPages(TaskFeature tasks, AttachmentFeature attachments) {
        this.tasks = tasks;
        this.attachments = attachments;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/tasks/{key}", (ctx, visit) -> task(visit, ctx.pathParam("key"), Refusal.NONE));
        pages.operatorForm("/app/tasks/{key}/moves", (ctx, visit) -> {
            TaskView moved = tasks.transitionTask().execute(visit.actor(), ctx.pathParam("key"),
                    new TransitionCommand(Form.text(ctx, "to"), Form.text(ctx, "reason"), Optional.of(Versions.of(ctx))));
            return Answer.redirect("/app/tasks/" + moved.task().key());
        }, (ctx, visit, refusal) -> task(visit, ctx.pathParam("key"), refusal));
        pages.operatorAction("/app/attachments/{id}/download", (ctx, visit) -> Answer.redirect(
                attachments.issueDownloadLink().execute(visit.actor(), ctx.pathParam("id")).url()));
    }

    private Answer task(Visit visit, String key, Refusal refusal) {
        TaskView view = tasks.getTask().execute(visit.actor(), key);
        return Answer.view("operator/task.jte", TaskPageView.of(visit.frame(view.task().key().toString()), view,
                attachments.listAttachments().execute(visit.actor(), ParentKind.TASK, key), refusal),
                refusal.any() ? refusal.status() : 200);
    }
}
