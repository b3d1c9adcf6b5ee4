package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultipartFormTest {

    @Test
    void aQuoteInAFileName_comesBackFromEitherWayOfSendingIt() {
        assertThat(MultipartForm.submittedName("say %22hi%22.txt")).isEqualTo("say \"hi\".txt");
        assertThat(MultipartForm.submittedName("say \\\"hi\\\".txt")).isEqualTo("say \"hi\".txt");
    }

    @Test
    void otherNames_comeAsSent_aWindowsPathIncluded() {
        assertThat(MultipartForm.submittedName("C:\\Users\\ada\\brief.pdf")).isEqualTo("C:\\Users\\ada\\brief.pdf");
        assertThat(MultipartForm.submittedName(null)).isEmpty();
    }
}
