package org.clientportal.application.port;

import java.io.InputStream;
import org.clientportal.application.attachment.SniffedContent;

/** Tells what a file is from its first bytes, whatever its uploader claimed. */
public interface ContentSniffer {

    /**
     * Reads the first bytes of the content to tell its media type ({@code type/subtype}, lower case),
     * and hands back the content whole again, those bytes included, to be stored. The submitted name
     * may only narrow what the bytes say (a zip archive named {@code .docx} is a Word document, plain
     * text named {@code .csv} is CSV), never contradict it; content that nothing recognises is
     * {@code application/octet-stream}. Content that cannot be read fails with
     * {@link java.io.UncheckedIOException}.
     */
    SniffedContent sniff(InputStream content, String submittedName);
}
