package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/**
 * Reads request bodies: JSON only, present when required, strictly typed, and in bytes that are
 * valid in their charset (UTF-8 unless declared).
 */
public final class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) throws JsonProcessingException {
        return mapper.treeToValue(readTree(ctx), type);
    }

    /** The body as a JSON object; for partial updates, where absent and null differ. */
    public JsonNode readTree(Context ctx) throws JsonProcessingException {
        byte[] bytes = ctx.bodyAsBytes();
        Charset charset = Charset.forName(ctx.characterEncoding() == null ? "UTF-8" : ctx.characterEncoding());
        String body = decodeStrictly(bytes, charset);
        if (bytes.length == 0 || (body != null && body.isBlank())) {
            throw new DomainError(ErrorKind.INVALID, "body-required", "This request needs a JSON object as its body");
        }
        requireJson(ctx);
        if (body == null) {
            throw new DomainError(ErrorKind.INVALID, "malformed-json", "The body is not valid " + charset.name()
                    + " at byte " + malformedAt(bytes, charset) + "; send JSON text encoded as UTF-8");
        }
        JsonNode tree = mapper.readTree(body);
        if (!tree.isObject()) {
            throw new DomainError(ErrorKind.INVALID, "malformed-json", "The body must be a JSON object");
        }
        return tree;
    }

    /**
     * The body as text, or null when its bytes are not valid in the charset: decoding them the
     * usual way would replace each bad byte with U+FFFD and store text the caller never sent.
     */
    private static String decodeStrictly(byte[] bytes, Charset charset) {
        try {
            return newDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The offset of the first byte that does not decode. */
    private static int malformedAt(byte[] bytes, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        newDecoder(charset).decode(in, out, true);
        return in.position();
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Refuses a body of another media type with 415; bodies must be JSON. */
    public static void requireJson(Context ctx) {
        String contentType = ctx.contentType();
        String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw UnsupportedMediaType.notJson(contentType);
        }
    }

    /**
     * Refuses, with 415, a request that declares a charset this server does not know, before anything
     * reads its body: decoding it would fail deep inside the framework (a 500).
     */
    public static void requireKnownCharset(Context ctx) {
        String charset = ctx.characterEncoding();
        if (charset == null) {
            return;
        }
        boolean known;
        try {
            known = Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            known = false;
        }
        if (!known) {
            throw new UnsupportedMediaType("Send the body as UTF-8 application/json; the charset " + charset
                    + " is unknown");
        }
    }

    /** A body that is not JSON, or not in a known charset: answered 415. */
    public static final class UnsupportedMediaType extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private UnsupportedMediaType(String message) {
            super(message);
        }

        static UnsupportedMediaType notJson(String contentType) {
            return new UnsupportedMediaType("Send the body as application/json"
                    + (contentType == null ? "" : ", not " + contentType));
        }
    }
}
