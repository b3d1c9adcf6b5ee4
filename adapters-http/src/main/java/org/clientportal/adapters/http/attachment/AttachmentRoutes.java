package org.clientportal.adapters.http.attachment;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.ask.AskRoutes;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.FileReply;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.MultipartForm;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.attachment.Download;
import org.clientportal.application.attachment.DownloadLinks;
import org.clientportal.application.attachment.ListSharedFiles;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.operator.Permission;

/**
 * Files attached to tasks, asks, updates and comments: uploads, their records, and short-lived signed links
 * to their content that a browser can follow without credentials.
 */
public final class AttachmentRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Attachments",
            "Files on tasks, asks, updates and comments: uploads, lists, and links to download them.");
    private static final Operation.Parameter TASK_KEY = Operation.Parameter.path("key", "TaskKey",
            "The task's key, such as `ACME-42`. An unknown key, or another agency's, is not found.");
    private static final Operation.Parameter UPDATE_ID = Operation.Parameter.path("id", "UpdateId",
            "The update's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter COMMENT_ID = Operation.Parameter.path("id", "CommentId",
            "The comment's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter SHARED_UPDATE_ID = Operation.Parameter.path("id", "SharedUpdateId",
            "The update's id. An internal update, one of a project not shared with the client, or another client's,"
                    + " is not found, like one that does not exist.");
    private static final Operation.Parameter SHARED_COMMENT_ID = Operation.Parameter.path("id", "SharedCommentId",
            "The comment's id. An internal comment, one on a task the client does not see, or another client's, is"
                    + " not found, like one that does not exist.");
    private static final String UPLOAD = "Send `multipart/form-data` with one part named `file` for each file"
            + " (curl: `-F file=@brief.pdf -F file=@logo.png`). A parent holds at most 5 files, each at most 10 MB;"
            + " the whole upload is refused, and nothing of it kept, when one file breaks a rule. Each file's type is"
            + " sniffed from its bytes (programs and scripts are refused). Not replayed by `Idempotency-Key`: after"
            + " a lost answer, list the parent's attachments to see what arrived.";
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "AttachmentId",
            "The attachment's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter SHARED_ID = Operation.Parameter.path("id", "SharedAttachmentId",
            "The attachment's id. One whose task, request, update or comment the client does not see is not found.");
    private static final Operation.Parameter TOKEN = Operation.Parameter.path("token", "DownloadToken",
            "The token of a download link, as issued.");
    private static final QueryParameters LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");
    private static final String LINK = "The link works for anyone holding it until `expiresAt`, on every"
            + " replica; it is not stored, so it cannot be revoked sooner.";

    private final AttachmentFeature attachments;

    public AttachmentRoutes(AttachmentFeature attachments) {
        this.attachments = attachments;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        registerUploads(table);
        registerLists(table);
        registerDownloads(table);
    }

    private void registerUploads(RouteTable table) {
        uploadTo(table, ParentKind.TASK, "/api/v1/tasks/{key}/attachments", "attachToTask", TASK_KEY, "key");
        uploadTo(table, ParentKind.UPDATE, "/api/v1/updates/{id}/attachments", "attachToUpdate", UPDATE_ID, "id");
        uploadTo(table, ParentKind.COMMENT, "/api/v1/comments/{id}/attachments", "attachToComment", COMMENT_ID, "id");
        uploadTo(table, ParentKind.ASK, "/api/v1/asks/{key}/attachments", "attachToAsk", AskRoutes.KEY, "key");
        sharedUploadTo(table, ParentKind.TASK, "/portal/api/v1/tasks/{key}/attachments", "attachToSharedTask",
                "Attach files to a task shared with the client", PortalReadRoutes.SHARED_TASK_KEY);
        sharedUploadTo(table, ParentKind.ASK, "/portal/api/v1/requests/{key}/attachments", "attachToRequest",
                "Attach files to one of the client's requests", AskRoutes.REQUEST_KEY);
    }

    private void uploadTo(RouteTable table, ParentKind kind, String path, String id, Operation.Parameter parent,
                          String parameter) {
        table.authenticatedUpload(path, Operation.of(id, TAG, "Attach files to " + noun(kind))
                .description(UPLOAD)
                .pathParameter(parent)
                .answers(201, "The files as attached, in the order they came.", PageJson.class, AttachmentJson.class)
                .permission(Permission.WRITE), (ctx, actor) -> Reply.created(new PageJson<>(
                MultipartForm.read(ctx, files -> attachments.attachFiles().execute(actor, kind,
                        ctx.pathParam(parameter), files)).stream().map(AttachmentJson::of).toList(), null)));
    }

    private void sharedUploadTo(RouteTable table, ParentKind kind, String path, String id, String summary,
                                Operation.Parameter parent) {
        table.portalUpload(path, Operation.of(id, PortalReadRoutes.TAG, summary)
                .description(UPLOAD + " Needs the portal right `upload`.")
                .pathParameter(parent)
                .answers(201, "The files as attached, in the order they came.", PageJson.class,
                        SharedAttachmentJson.class)
                .problems(ProblemCodes.PORTAL_RIGHT_MISSING), (ctx, actor) -> Reply.created(new PageJson<>(
                MultipartForm.read(ctx, files -> attachments.attachFiles().execute(actor, kind, ctx.pathParam("key"),
                        files)).stream().map(SharedAttachmentJson::of).toList(), null)));
    }

    private void registerLists(RouteTable table) {
        listOf(table, ParentKind.TASK, "/api/v1/tasks/{key}/attachments", "listTaskAttachments", TASK_KEY, "key");
        listOf(table, ParentKind.UPDATE, "/api/v1/updates/{id}/attachments", "listUpdateAttachments", UPDATE_ID,
                "id");
        listOf(table, ParentKind.COMMENT, "/api/v1/comments/{id}/attachments", "listCommentAttachments", COMMENT_ID,
                "id");
        listOf(table, ParentKind.ASK, "/api/v1/asks/{key}/attachments", "listAskAttachments", AskRoutes.KEY, "key");
        sharedListOf(table, ParentKind.TASK, "/portal/api/v1/tasks/{key}/attachments", "listSharedTaskAttachments",
                PortalReadRoutes.SHARED_TASK_KEY, "key");
        sharedListOf(table, ParentKind.UPDATE, "/portal/api/v1/updates/{id}/attachments",
                "listSharedUpdateAttachments", SHARED_UPDATE_ID, "id");
        sharedListOf(table, ParentKind.COMMENT, "/portal/api/v1/comments/{id}/attachments",
                "listSharedCommentAttachments", SHARED_COMMENT_ID, "id");
        sharedListOf(table, ParentKind.ASK, "/portal/api/v1/requests/{key}/attachments", "listRequestAttachments",
                AskRoutes.REQUEST_KEY, "key");
        table.portalRead("/portal/api/v1/files", Operation.of("listSharedFiles", PortalReadRoutes.TAG,
                        "List every file the client may open")
                .description("The files of the client-visible tasks of shared projects, of their client-visible"
                        + " updates and comments, and of the client's requests; each names the key of its task or"
                        + " request when it has one. Any contact may read them.")
                .query(LIST_PARAMETERS, PageJson.sort("SharedFileSort", "portal-files", ListSharedFiles.LISTING),
                        PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the files, newest first.", PageJson.class, SharedFileJson.class),
                (ctx, actor) -> {
                    QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
                    return Reply.ok(PageJson.of(attachments.listSharedFiles().execute(actor,
                            new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                            SharedFileJson::of));
                });
    }

    private void listOf(RouteTable table, ParentKind kind, String path, String id, Operation.Parameter parent,
                        String parameter) {
        table.authenticated(HandlerType.GET, path, Operation.of(id, TAG, "List the files of " + noun(kind))
                .description("Oldest first; a parent holds at most 5, so the list is never paged (`nextCursor` is"
                        + " null).")
                .pathParameter(parent)
                .answers(200, "The files.", PageJson.class, AttachmentJson.class)
                .permission(Permission.READ), (ctx, actor) -> Reply.ok(new PageJson<>(attachments.listAttachments()
                .execute(actor, kind, ctx.pathParam(parameter)).stream().map(AttachmentJson::of).toList(), null)));
    }

    private void sharedListOf(RouteTable table, ParentKind kind, String path, String id, Operation.Parameter parent,
                              String parameter) {
        table.portalRead(path, Operation.of(id, PortalReadRoutes.TAG, "List the files of " + sharedNoun(kind))
                .description("Oldest first, never paged (`nextCursor` is null): a parent holds at most 5.")
                .pathParameter(parent)
                .answers(200, "The files.", PageJson.class, SharedAttachmentJson.class), (ctx, actor) ->
                Reply.ok(new PageJson<>(attachments.listAttachments().execute(actor, kind, ctx.pathParam(parameter))
                        .stream().map(SharedAttachmentJson::of).toList(), null)));
    }

    private static String noun(ParentKind kind) {
        return (kind == ParentKind.ASK ? "an " : "a ") + WireNames.of(kind);
    }

    /** As the portal names them: a contact's asks are among their client's requests. */
    private static String sharedNoun(ParentKind kind) {
        return kind == ParentKind.ASK ? "one of the client's requests" : "a " + WireNames.of(kind) + " shared with the client";
    }

    private void registerDownloads(RouteTable table) {
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
                        "Get a link to download a file shared with the client")
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
