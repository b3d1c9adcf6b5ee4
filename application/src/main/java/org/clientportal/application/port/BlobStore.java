package org.clientportal.application.port;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.BlobPage;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.domain.shared.TenantId;

/**
 * File content, kept outside the database: each tenant has a space of its own, and a key names a
 * blob only within it. Metadata (name, type, size, digest) belongs to the caller's records; a blob
 * whose record never committed is found by {@link #list} and removed by {@link #delete}.
 *
 * <p>Content is streamed, never held whole in memory. A put is all or nothing: a blob is visible
 * under its key only once every byte is stored, and a refused or failed put leaves nothing behind.
 * Sniffing the content type is the caller's: it reads the first bytes of the stream before it
 * hands the whole stream over, so that a refused type is never stored at all.
 *
 * <p>When the store itself fails, every method throws
 * {@link org.clientportal.application.shared.DependencyUnavailable}.
 */
public interface BlobStore {

    /** The most blobs {@link #list} returns at once. */
    int MAX_PAGE = 1000;

    /**
     * Stores the content under the key, replacing what was there, and reads it once: its size and
     * SHA-256 are computed on the way. More than {@code maxBytes} is refused with
     * {@link org.clientportal.application.blob.BlobTooLarge} as soon as the first byte too many
     * arrives; content that cannot be read (a client that went away) fails with
     * {@link java.io.UncheckedIOException}. Either way nothing is stored. The stream is not closed.
     */
    StoredBlob put(TenantId tenant, BlobKey key, InputStream content, long maxBytes);

    /**
     * The content, to be read and closed by the caller;
     * {@link org.clientportal.domain.shared.NotFound} when the tenant has no blob of that key.
     */
    InputStream open(TenantId tenant, BlobKey key);

    /** Removes the blob; removing one that is not there is no error. */
    void delete(TenantId tenant, BlobKey key);

    /** At most {@code limit} (1 to {@link #MAX_PAGE}) of the tenant's blobs in key order, after a key if given. */
    BlobPage list(TenantId tenant, Optional<BlobKey> after, int limit);

    /**
     * Removes what writes that never finished (the process died half-way) left behind, if last
     * written before the given time, and says how many. A put in progress is younger than any
     * sensible cut-off, so a cleanup may call this while uploads go on.
     */
    int discardPartialWrites(TenantId tenant, Instant lastWrittenBefore);

    /** For implementations: a bound no put could honour is a programming error. */
    static long requireMaxBytes(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, was " + maxBytes);
        }
        return maxBytes;
    }

    /** For implementations: a page of no blobs, or of more than {@link #MAX_PAGE}, is a programming error. */
    static int requirePageLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " blobs, not " + limit);
        }
        return limit;
    }
}
