package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.ask.SharedRequest;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.shared.Lifecycle;

/** One page of what the client filed, newest first. */
public record RequestsView(Frame frame, List<Row> rows, String nextPage) {

    public record Row(String key, String kind, String title, String status, String filed) {
    }

    static RequestsView of(Frame frame, Page<SharedRequest> page) {
        return new RequestsView(frame, page.items().stream().map(request -> new Row(request.key().toString(),
                        Lifecycle.wireName(request.kind()), request.title(), RequestView.standing(request),
                        Shown.time(request.createdAt()))).toList(),
                page.next().map(Cursor::encode).map(cursor -> "/portal/requests?cursor=" + cursor).orElse(""));
    }
}
