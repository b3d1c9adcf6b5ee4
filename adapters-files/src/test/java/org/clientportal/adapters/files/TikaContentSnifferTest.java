package org.clientportal.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.clientportal.application.attachment.SniffedContent;
import org.clientportal.domain.attachment.AcceptedFileTypes;
import org.junit.jupiter.api.Test;

class TikaContentSnifferTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R'};

    private final TikaContentSniffer sniffer = new TikaContentSniffer();

    @Test
    void theBytesDecide_whateverTheNameClaims() {
        assertThat(sniffer.mediaType(PNG, "logo.png")).isEqualTo("image/png");
        assertThat(sniffer.mediaType(PNG, "invoice.pdf")).isEqualTo("image/png");
        assertThat(sniffer.mediaType(bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "photo.jpg"))
                .isEqualTo("application/pdf");
        assertThat(sniffer.mediaType(bytes("<!DOCTYPE html><html><body>hi</body></html>"), "notes.txt"))
                .isEqualTo("text/html");
    }

    @Test
    void aNameNarrowsWhatTheBytesAre_butNeverNamesUnrecognisedContent() throws IOException {
        assertThat(sniffer.mediaType(bytes("name,amount\nAcme,12\n"), "figures.csv")).isEqualTo("text/csv");
        assertThat(sniffer.mediaType(bytes("just some words\n"), "notes.txt")).isEqualTo("text/plain");
        assertThat(sniffer.mediaType(zip("word/document.xml"), "brief.zip")).isEqualTo("application/zip");
        byte[] noise = {0x13, 0x37, (byte) 0xfe, 0x00, (byte) 0x81, 0x02, (byte) 0xff, 0x10};
        assertThat(sniffer.mediaType(noise, "logo.png")).isEqualTo("application/octet-stream");
    }

    @Test
    void programsAreRecognised_andRefusedByThePolicy() {
        String windows = sniffer.mediaType(bytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000"), "report.pdf");
        String linux = sniffer.mediaType(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0},
                "report.pdf");
        String script = sniffer.mediaType(bytes("#!/bin/sh\nrm -rf ~\n"), "notes.txt");

        assertThat(AcceptedFileTypes.accepts(windows)).as(windows).isFalse();
        assertThat(AcceptedFileTypes.accepts(linux)).as(linux).isFalse();
        assertThat(AcceptedFileTypes.accepts(script)).as(script).isFalse();
        assertThat(AcceptedFileTypes.accepts(sniffer.mediaType(PNG, "logo.png"))).isTrue();
    }

    @Test
    void theSniffedContent_isTheWholeFileAgain_itsFirstBytesIncluded() throws IOException {
        byte[] large = new byte[200_000];
        System.arraycopy(PNG, 0, large, 0, PNG.length);

        SniffedContent sniffed = sniffer.sniff(new ByteArrayInputStream(large), "logo.png");

        assertThat(sniffed.mediaType()).isEqualTo("image/png");
        assertThat(sniffed.content().readAllBytes()).isEqualTo(large);
    }

    @Test
    void anEmptyFile_isOfNoKnownType() {
        assertThat(sniffer.mediaType(new byte[0], "empty.txt")).isIn("application/octet-stream", "text/plain");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes("<w:document/>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
