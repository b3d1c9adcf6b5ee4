package org.clientportal.adapters.http.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for any file name (RFC 6266): a plain ASCII
 * {@code filename} for old clients, in which anything but letters, digits and {@code . - _} and
 * spaces becomes {@code _}, and the exact name as {@code filename*}, UTF-8 percent-encoded (RFC
 * 5987), which current clients prefer. Neither can carry a quote, a line break or a path.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c < 128 && (Character.isLetterOrDigit(c) || ".-_ ".indexOf(c) >= 0)
                ? (char) c : '_'));
        return ascii.toString();
    }

    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
