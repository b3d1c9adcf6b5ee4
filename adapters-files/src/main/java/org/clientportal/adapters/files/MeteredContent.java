package org.clientportal.adapters.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.clientportal.application.blob.BlobTooLarge;
import org.clientportal.application.port.BlobStore;

/**
 * The content of one put, read once: counted, hashed, and refused at the first byte over the
 * limit (never reading further). A failure to read is the sender's, not the store's, so it is
 * told apart as an {@link UncheckedIOException}.
 */
final class MeteredContent {

    private final InputStream content;
    private final long maxBytes;
    private final MessageDigest sha256;
    private long size;

    MeteredContent(InputStream content, long maxBytes) {
        this.content = content;
        this.maxBytes = BlobStore.requireMaxBytes(maxBytes);
        this.sha256 = newSha256();
    }

    /** Reads into the buffer until it is full or the content ends; returns how many bytes it holds. */
    int fill(byte[] buffer) {
        int filled = 0;
        while (filled < buffer.length) {
            int read = read(buffer, filled, (int) Math.min(buffer.length - filled, maxBytes + 1 - size));
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    long size() {
        return size;
    }

    /** Lower-case hex, once the content has been read to its end. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    private int read(byte[] buffer, int offset, int length) {
        int read;
        try {
            read = content.read(buffer, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException("The content could not be read", e);
        }
        if (read > 0) {
            size += read;
            if (size > maxBytes) {
                throw new BlobTooLarge(maxBytes);
            }
            sha256.update(buffer, offset, read);
        }
        return read;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
