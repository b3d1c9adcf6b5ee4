package org.clientportal.adapters.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.ask.ReplyContext;
import org.junit.jupiter.api.Test;

/** The reply template, rendered with mustache.java as the portal renders it. */
class MustacheReplyDraftsTest {

    private final MustacheReplyDrafts drafts = new MustacheReplyDrafts();

    @Test
    void aDraft_greetsTheContact_namesTheAsk_itsProjectTaskAndNews_andIsSignedBySenderAndAgency() {
        String draft = drafts.draft(new ReplyContext("Studio North", "Ada Buyer", "Olive Operator", "ACME-43", "bug",
                "Checkout fails", Optional.of(new ReplyContext.SharedProject("Website", "active")),
                Optional.of(new ReplyContext.LinkedTask("ACME-44", "Checkout fails", "in progress")),
                List.of(new ReplyContext.RecentUpdate(LocalDate.parse("2026-03-02"), "Launch moved to May"))));

        assertThat(draft).isEqualTo("""
                Hello Ada Buyer,

                thank you for your bug report "Checkout fails" (ACME-43).
                It concerns Website, which is active at the moment.
                We are working on it as ACME-44 ("Checkout fails"), which is in progress.

                The latest news on the project:
                - 2026-03-02: Launch moved to May

                Best regards,
                Olive Operator
                Studio North
                """);
    }

    @Test
    void withoutProjectTaskOrNews_theDraftSaysItIsBeingLookedInto() {
        String draft = drafts.draft(new ReplyContext("Studio North", "Ada", "Olive", "ACME-7", "question", "Invoices?",
                Optional.empty(), Optional.empty(), List.of()));

        assertThat(draft).contains("your question \"Invoices?\" (ACME-7)", "We are looking into it")
                .doesNotContain("It concerns", "latest news", "We are working on it");
    }

    @Test
    void textIsWrittenAsItIs_neverHtmlEscaped_andNoTemplateSyntaxInAValueIsExpanded() {
        String draft = drafts.draft(new ReplyContext("A & B <Studio>", "Ada \"Q\"", "O'Neil", "ACME-8", "question",
                "{{agencyName}} & <b>", Optional.empty(), Optional.empty(), List.of()));

        assertThat(draft).contains("A & B <Studio>", "Ada \"Q\"", "O'Neil", "\"{{agencyName}} & <b>\"")
                .doesNotContain("&amp;", "&lt;", "&quot;");
    }
}
