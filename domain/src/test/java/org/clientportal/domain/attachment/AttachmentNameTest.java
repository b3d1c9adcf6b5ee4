package org.clientportal.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "report.pdf|report.pdf",
            "C:\\Users\\ada\\Desktop\\report.pdf|report.pdf",
            "../../etc/passwd|passwd",
            "  spaced name.txt  |spaced name.txt",
            "Bericht \"Müller\" ✓.docx|Bericht \"Müller\" ✓.docx",
            "dir/|file",
            "''|file"})
    void aSubmittedName_keepsItsLastSegment_trimmed(String submitted, String expected) {
        assertThat(AttachmentName.fromSubmitted(submitted).value()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void controlCharacters_areDropped_andALongName_keepsItsEnd() {
        assertThat(AttachmentName.fromSubmitted("a\r\nb\u0000.txt").value()).isEqualTo("ab.txt");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(AttachmentName.fromSubmitted(longName).value()).hasSize(AttachmentName.MAX_LENGTH).endsWith(".pdf");
        String emoji = "\uD83D\uDE00".repeat(200);
        assertThat(AttachmentName.fromSubmitted(emoji).value()).doesNotStartWith("\uDE00");
        assertThat(AttachmentName.fromSubmitted(null).value()).isEqualTo("file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a/b", "a\\b", "tab\there"})
    void aStoredName_mustAlreadyBeClean(String raw) {
        assertThatThrownBy(() -> new AttachmentName(raw)).isInstanceOf(IllegalArgumentException.class);
    }
}
