package org.clientportal.adapters.http.attachment;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.FileReply;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.attachment.Download;
import org.clientportal.application.attachment.DownloadLinks;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.operator.Permission;

/**
 * Files attached to tasks and updates: their records, and short-lived signed links to their content
 * that a browser can follow without credentials.
 */
public final class AttachmentRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Attachments",
            "Files on tasks and updates, and links to download them.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "AttachmentId",
            "The attachment's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter SHARED_ID = Operation.Parameter.path("id", "SharedAttachmentId",
            "The attachment's id. One whose task or update the client does not see is not found.");
    private static final Operation.Parameter TOKEN = Operation.Parameter.path("token", "DownloadToken",
            "The token of a download link, as issued.");
    private static final String LINK = "The link works for anyone holding it until `expiresAt`, on every"
            + " replica; it is not stored, so it cannot be revoked sooner.";

    private final AttachmentFeature attachments;

    public AttachmentRoutes(AttachmentFeature attachments) {
        this.attachments = attachments;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/attachments/{id}", Operation.of("getAttachment", TAG,
                        "Read an attachment's record")
                .pathParameter(ID)
                .answers(200, "The attachment.", AttachmentJson.class)
                .permission(Permission.READ), (ctx, actor) ->
                Reply.ok(AttachmentJson.of(attachments.getAttachment().execute(actor, ctx.pathParam("id")))));
        table.authenticated(HandlerType.POST, "/api/v1/attachments/{id}/download-link", Operation.of(
                        "issueDownloadLink", TAG, "Get a link to download an attachment")
                .description(LINK)
                .pathParameter(ID)
                .answers(201, "The link.", DownloadLinkJson.class)
                .permission(Permission.READ), (ctx, actor) -> Reply.created(DownloadLinkJson.of(
                attachments.issueDownloadLink().execute(actor, ctx.pathParam("id")))));
        table.portal(HandlerType.POST, "/portal/api/v1/attachments/{id}/download-link", Operation.of(
                        "issueSharedDownloadLink", PortalReadRoutes.TAG,
                        "Get a link to download a file of a task or update shared with the client")
                .description(LINK + " Any contact may ask; no right beyond `view` is needed.")
                .pathParameter(SHARED_ID)
                .answers(201, "The link.", DownloadLinkJson.class), (ctx, actor) -> Reply.created(
                DownloadLinkJson.of(attachments.issueSharedDownloadLink().execute(actor, ctx.pathParam("id")))));
        table.open(HandlerType.GET, DownloadLinks.PATH + "{token}", Operation.of("download", TAG,
                        "Download a file through a link")
                .description("No credentials: the signed link is the permission. The file is sent as it was"
                        + " stored, with its sniffed `Content-Type`, `Content-Length`, `X-Content-Type-Options:"
                        + " nosniff` and `Content-Disposition: attachment` with its name.")
                .pathParameter(TOKEN)
                .answersFile(200, "The file.")
                .problems(ProblemCodes.FILE_LINK_INVALID, ProblemCodes.FILE_LINK_EXPIRED), ctx -> {
            Download download = attachments.openDownload().execute(ctx.pathParam("token"));
            Attachment attachment = download.attachment();
            return Reply.ok(new FileReply(download.content(), attachment.contentType(), attachment.size(),
                    attachment.name().value()));
        });
    }
}
