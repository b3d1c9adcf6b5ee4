package org.clientportal.domain.attachment;

import java.util.Objects;

/**
 * The file name shown for an attachment, taken from what the uploader's browser sent: only its last
 * path segment (some browsers send a whole path), without control characters, at most
 * {@link #MAX_LENGTH} characters. It is only ever shown, never used to find a file.
 */
public record AttachmentName(String value) {

    public static final int MAX_LENGTH = 255;
    static final String UNNAMED = "file";

    public AttachmentName {
        Objects.requireNonNull(value, "name");
        if (value.isBlank() || value.length() > MAX_LENGTH || !value.equals(clean(value))) {
            throw new IllegalArgumentException("an attachment name is 1 to " + MAX_LENGTH
                    + " characters, one path segment, no control characters");
        }
    }

    /** The name a submitted one becomes; "file" when nothing of it is left. */
    public static AttachmentName fromSubmitted(String submitted) {
        String name = clean(submitted == null ? "" : submitted);
        if (name.length() > MAX_LENGTH) {
            // The end is kept, extension and all; a character is never cut in half.
            int start = name.length() - MAX_LENGTH;
            name = name.substring(Character.isLowSurrogate(name.charAt(start)) ? start + 1 : start).strip();
        }
        return new AttachmentName(name.isEmpty() ? UNNAMED : name);
    }

    private static String clean(String raw) {
        String segment = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        return segment.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
    }
}
