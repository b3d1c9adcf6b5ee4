package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Javalin silently drops a query parameter whose percent-encoding is broken ({@code ?q=%zz}), so a
 * filter would be ignored and the caller would get an unfiltered list; and it decodes bytes that
 * are not UTF-8 ({@code ?q=%FF}) into U+FFFD, a filter the caller never sent. Such a query is
 * refused with 400 instead, naming the parameter.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static void requireWellFormed(Context ctx) {
        String query = ctx.queryString();
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            Decoded decodedName = decode(name);
            Decoded decodedValue = decode(value);
            if (decodedName.problem() == null && decodedValue.problem() == null) {
                continue;
            }
            throw ValidationFailed.of(decodedName.problem() == null ? decodedName.text() : "query",
                    decodedName.problem() == null ? decodedValue.problem() : decodedName.problem());
        }
    }

    /** A part of the query decoded, or why it does not decode. */
    private record Decoded(String text, String problem) {
    }

    /** Percent-decodes as an HTML form does ({@code +} is a space), refusing what is not UTF-8. */
    private static Decoded decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    return new Decoded(null, "is not valid percent-encoding (write % as %25)");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int end = i + Character.charCount(encoded.codePointAt(i));
                byte[] raw = encoded.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i = end - 1;
            }
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString(), null);
        } catch (CharacterCodingException e) {
            return new Decoded(null, "is not UTF-8 once percent-decoded");
        }
    }
}
