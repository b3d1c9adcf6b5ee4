package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.attachment.SharedFile;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.attachment.Attachment;

/** Every file the contact may open, newest first; each says what it is attached to, linked when that has a page. */
public record FilesView(Frame frame, List<Row> rows, String nextPage) {

    /** {@code parentLink} is empty when the parent has no page of its own (an update). */
    public record Row(String id, String name, String size, String uploadedBy, String uploaded, String parent,
                      String parentLink) {
    }

    static FilesView of(Frame frame, Page<SharedFile> page) {
        return new FilesView(frame, page.items().stream().map(FilesView::row).toList(),
                page.next().map(Cursor::encode).map(cursor -> "/portal/files?cursor=" + cursor).orElse(""));
    }

    private static Row row(SharedFile file) {
        Attachment a = file.attachment();
        String key = file.parentKey().orElse("");
        String parent = switch (a.parent().kind()) {
            case TASK -> "Task " + key;
            case COMMENT -> "Comment on " + key;
            case ASK -> "Request " + key;
            case UPDATE -> "Update";
        };
        String link = switch (a.parent().kind()) {
            case TASK, COMMENT -> "/portal/tasks/" + key;
            case ASK -> "/portal/requests/" + key;
            case UPDATE -> "";
        };
        return new Row(a.id().toString(), a.name().value(), Shown.bytes(a.size()), a.uploadedByName(),
                Shown.time(a.createdAt()), parent, link);
    }
}
