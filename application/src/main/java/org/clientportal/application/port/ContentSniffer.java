package org.clientportal.application.port;

/** Tells what a file is from its first bytes, whatever its uploader claimed. */
public interface ContentSniffer {

    /** How many of a file's first bytes {@link #mediaType} looks at (fewer when the file is shorter). */
    int headBytes();

    /**
     * The media type ({@code type/subtype}, lower case) of content that begins with {@code head}. The
     * submitted name may only narrow what the bytes say (a zip archive named {@code .docx} is a Word
     * document, plain text named {@code .csv} is CSV), never contradict it; content that nothing
     * recognises is {@code application/octet-stream}.
     */
    String mediaType(byte[] head, String submittedName);
}
