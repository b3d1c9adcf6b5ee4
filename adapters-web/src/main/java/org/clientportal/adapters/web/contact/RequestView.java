package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.ask.SharedRequest;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.shared.Lifecycle;

/** One of the client's requests as its contacts see it, with its files, the upload limits and the replies. */
public record RequestView(Frame frame, String key, String kind, String title, String description, String standing,
                          String declineReason, List<Reply> replies, List<FileRow> files, UploadLimits limits) {

    public record Reply(String when, String body) {
    }

    static RequestView of(Frame frame, SharedRequest request, List<Attachment> files) {
        return new RequestView(frame, request.key().toString(), Lifecycle.wireName(request.kind()), request.title(),
                request.description().orElse(""), standing(request), request.declineReason().orElse(""),
                request.replies().stream().map(reply -> new Reply(Shown.time(reply.createdAt()), reply.body())).toList(),
                files.stream().map(FileRow::of).toList(),
                UploadLimits.ATTACHMENTS);
    }

    /** Where it stands, in the client's words: the task's status, or how an ask was classified. */
    static String standing(SharedRequest request) {
        return request.status().map(status -> Shown.label(Lifecycle.wireName(status)))
                .or(() -> request.classification().filter(c -> c != AskClassification.UNCLASSIFIED)
                        .map(c -> "taken as " + Shown.label(Lifecycle.wireName(c))))
                .orElse("received");
    }

    public boolean roomForFiles() {
        return files.size() < limits.maxFiles();
    }
}
