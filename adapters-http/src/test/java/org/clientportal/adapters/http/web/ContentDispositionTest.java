package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void aPlainName_isGivenAsItIs() {
        assertThat(ContentDisposition.attachment("report-1_final.pdf"))
                .isEqualTo("attachment; filename=\"report-1_final.pdf\"; filename*=UTF-8''report-1_final.pdf");
    }

    @Test
    void anyOtherCharacter_isReplacedInTheFallback_andPercentEncodedAsUtf8() {
        assertThat(ContentDisposition.attachment("Résumé 2026.pdf")).isEqualTo(
                "attachment; filename=\"R_sum_ 2026.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%202026.pdf");
        assertThat(ContentDisposition.attachment("日本.png"))
                .isEqualTo("attachment; filename=\"__.png\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png");
        assertThat(ContentDisposition.attachment("😀.txt"))
                .isEqualTo("attachment; filename=\"_.txt\"; filename*=UTF-8''%F0%9F%98%80.txt");
    }

    @Test
    void quotesSeparatorsAndPercentSigns_cannotBreakTheHeader() {
        assertThat(ContentDisposition.attachment("a\"b;c\\d, 100%'s.txt")).isEqualTo(
                "attachment; filename=\"a_b_c_d_ 100__s.txt\"; filename*=UTF-8''a%22b%3Bc%5Cd%2C%20100%25%27s.txt");
    }
}
