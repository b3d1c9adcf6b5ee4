package org.clientportal.application.fakes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.BlobPage;
import org.clientportal.application.blob.BlobTooLarge;
import org.clientportal.application.blob.ListedBlob;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;

/**
 * Blobs in memory, for use-case tests with no disk or server. A blob appears only once its whole
 * content has been read, so a refused or failed put leaves nothing, as in the real stores; and a
 * put cannot be cut short by a crash here, so there are never partial writes to discard.
 */
public final class InMemoryBlobStore implements BlobStore {

    private record Blob(byte[] content, Instant writtenAt) {
    }

    private final Clock clock;
    private final Map<TenantId, NavigableMap<BlobKey, Blob>> tenants = new ConcurrentHashMap<>();

    public InMemoryBlobStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredBlob put(TenantId tenant, BlobKey key, InputStream content, long maxBytes) {
        BlobStore.requireMaxBytes(maxBytes);
        MessageDigest sha256 = sha256();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        while (true) {
            int read = read(content, buffer, (int) Math.min(buffer.length, maxBytes + 1 - size));
            if (read < 0) {
                break;
            }
            size += read;
            if (size > maxBytes) {
                throw new BlobTooLarge(maxBytes);
            }
            sha256.update(buffer, 0, read);
            copy.write(buffer, 0, read);
        }
        blobsOf(tenant).put(key, new Blob(copy.toByteArray(), clock.now()));
        return new StoredBlob(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream open(TenantId tenant, BlobKey key) {
        Blob blob = blobsOf(tenant).get(key);
        if (blob == null) {
            throw new NotFound("file", key.value());
        }
        return new ByteArrayInputStream(blob.content());
    }

    @Override
    public void delete(TenantId tenant, BlobKey key) {
        blobsOf(tenant).remove(key);
    }

    @Override
    public BlobPage list(TenantId tenant, Optional<BlobKey> after, int limit) {
        BlobStore.requirePageLimit(limit);
        NavigableMap<BlobKey, Blob> blobs = blobsOf(tenant);
        List<ListedBlob> found = (after.isPresent() ? blobs.tailMap(after.get(), false) : blobs).entrySet().stream()
                .limit(limit + 1L)
                .map(e -> new ListedBlob(e.getKey(), e.getValue().writtenAt()))
                .toList();
        return found.size() > limit
                ? new BlobPage(found.subList(0, limit), Optional.of(found.get(limit - 1).key()))
                : new BlobPage(found, Optional.empty());
    }

    @Override
    public int discardPartialWrites(TenantId tenant, Instant lastWrittenBefore) {
        return 0;
    }

    private NavigableMap<BlobKey, Blob> blobsOf(TenantId tenant) {
        return tenants.computeIfAbsent(tenant,
                t -> new ConcurrentSkipListMap<>((a, b) -> a.value().compareTo(b.value())));
    }

    private static int read(InputStream content, byte[] buffer, int length) {
        try {
            return content.read(buffer, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("The content could not be read", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
