package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.ask.AskView;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.shared.Lifecycle;

/**
 * One page of asks, newest first. {@code classified} is the filter as the API takes it: {@code false}
 * for the inbox of unclassified asks, {@code true}, or empty for all.
 */
public record AsksView(Frame frame, String classified, List<AskRow> rows, String nextPage) {

    public record AskRow(String key, String kind, String title, String author, String classification, String filed) {

        static AskRow of(AskView view) {
            var ask = view.ask();
            return new AskRow(ask.key().value(), Lifecycle.wireName(ask.kind()), ask.title(), ask.authorName(),
                    Shown.label(Lifecycle.wireName(ask.classification())), Shown.time(ask.createdAt()));
        }
    }

    static AsksView of(Frame frame, String classified, Page<AskView> page) {
        return new AsksView(frame, classified, page.items().stream().map(AskRow::of).toList(),
                NextPage.of(page, "/app/asks?classified=" + classified));
    }
}
