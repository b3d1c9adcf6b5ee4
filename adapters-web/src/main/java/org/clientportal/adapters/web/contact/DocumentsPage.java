package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.docs.DocsFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.docs.DocsKind;

/** The client's documents and invoices from Klevar Docs, those the agency shares, with links to open them there. */
public final class DocumentsPage implements PageGroup {

    private static final String SHOWN = "50";

    private final DocsFeature docs;

    public DocumentsPage(DocsFeature docs) {
        this.docs = docs;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/documents", (ctx, visit) -> Answer.view("contact/documents.jte", DocumentsView.of(
                visit.frame("Documents and invoices"),
                docs.listSharedDocs().execute(visit.actor(), DocsKind.DOCUMENT, new PageInput(SHOWN, null)).items(),
                docs.listSharedDocs().execute(visit.actor(), DocsKind.INVOICE, new PageInput(SHOWN, null)).items())));
    }
}
