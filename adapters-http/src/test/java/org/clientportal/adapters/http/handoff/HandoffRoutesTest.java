package org.clientportal.adapters.http.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The handoff answers Markdown only to a caller that names it before JSON. */
class HandoffRoutesTest {

    @Test
    void markdown_isChosen_onlyWhenNamedBeforeJson_orWithoutIt() {
        assertThat(HandoffRoutes.wantsMarkdown("text/markdown")).isTrue();
        assertThat(HandoffRoutes.wantsMarkdown("Text/Markdown; charset=utf-8, application/json;q=0.5")).isTrue();
        assertThat(HandoffRoutes.wantsMarkdown("application/json, text/markdown")).isFalse();
        assertThat(HandoffRoutes.wantsMarkdown("*/*")).isFalse();
        assertThat(HandoffRoutes.wantsMarkdown(null)).isFalse();
    }
}
