package org.clientportal.adapters.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.clientportal.application.attachment.SniffedContent;
import org.clientportal.application.port.ContentSniffer;

/**
 * Apache Tika's magic-number database, read from its own core: the bytes decide the type, and the
 * file's name is taken only where it names a narrower kind of what the bytes are (Tika alone would
 * also believe a name where the bytes match nothing, which would let an uploader choose the type of
 * unrecognised content).
 */
public final class TikaContentSniffer implements ContentSniffer {

    /** Enough for every magic Tika's database knows, office containers included. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    @Override
    public SniffedContent sniff(InputStream content, String submittedName) {
        byte[] head;
        try {
            head = content.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("The content could not be read", e);
        }
        return new SniffedContent(mediaType(head, submittedName),
                new SequenceInputStream(new ByteArrayInputStream(head), content));
    }

    /** The type of content that begins with these bytes. */
    String mediaType(byte[] head, String submittedName) {
        MediaType sniffed = fromBytes(head);
        MediaType named = types.getMimeType(submittedName).getType();
        boolean recognised = !sniffed.equals(MediaType.OCTET_STREAM);
        MediaType chosen = recognised && registry.isSpecializationOf(named, sniffed) ? named : sniffed;
        return chosen.getBaseType().toString();
    }

    private MediaType fromBytes(byte[] head) {
        try (InputStream in = new ByteArrayInputStream(head)) {
            return registry.normalize(types.detect(in, new Metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException("Tika could not read bytes held in memory", e);
        }
    }
}
