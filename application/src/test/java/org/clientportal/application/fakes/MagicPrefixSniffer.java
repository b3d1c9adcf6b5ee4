package org.clientportal.application.fakes;

import java.nio.charset.StandardCharsets;
import org.clientportal.application.port.ContentSniffer;

/** Knows a few formats by their first bytes, as a real sniffer would; everything else is text. */
public final class MagicPrefixSniffer implements ContentSniffer {

    @Override
    public int headBytes() {
        return 8;
    }

    @Override
    public String mediaType(byte[] head, String submittedName) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
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
