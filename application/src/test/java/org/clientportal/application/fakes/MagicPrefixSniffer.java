package org.clientportal.application.fakes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clientportal.application.attachment.SniffedContent;
import org.clientportal.application.port.ContentSniffer;

/** Knows a few formats by their first bytes, as a real sniffer would; everything else is text. */
public final class MagicPrefixSniffer implements ContentSniffer {

    private static final int HEAD_BYTES = 8;

    @Override
    public SniffedContent sniff(InputStream content, String submittedName) {
        byte[] head;
        try {
            head = content.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SniffedContent(mediaType(new String(head, StandardCharsets.ISO_8859_1), submittedName),
                new SequenceInputStream(new ByteArrayInputStream(head), content));
    }

    private static String mediaType(String start, String submittedName) {
        if (start.startsWith("%PDF")) {
            return "application/pdf";
        }
        if (start.startsWith("MZ")) {
            return "application/x-dosexec";
        }
        if (start.startsWith("PK\u0003\u0004")) {
            return submittedName.endsWith(".docx")
                    ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/zip";
        }
        return "text/plain";
    }
}
