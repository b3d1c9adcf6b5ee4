package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.shared.Lifecycle;

/** The documents and the invoices shared with the client, newest first. */
public record DocumentsView(Frame frame, List<Row> documents, List<Row> invoices) {

    /** {@code total} and {@code due} are empty for a document; {@code url} when Docs gave one. */
    public record Row(String title, String number, String status, String total, String due, String dueDate,
                      String url) {

        static Row of(DocsRecord record) {
            DocsFacts facts = record.facts();
            return new Row(facts.title(), facts.number().orElse(""), Shown.label(Lifecycle.wireName(facts.status())),
                    facts.amounts().map(a -> Shown.money(a.total().amount(), a.total().currency())).orElse(""),
                    facts.amounts().map(a -> Shown.money(a.due().amount(), a.due().currency())).orElse(""),
                    facts.dueDate().map(Shown::date).orElse(""), facts.url().orElse(""));
        }
    }

    static DocumentsView of(Frame frame, List<DocsRecord> documents, List<DocsRecord> invoices) {
        return new DocumentsView(frame, documents.stream().map(Row::of).toList(),
                invoices.stream().map(Row::of).toList());
    }
}
