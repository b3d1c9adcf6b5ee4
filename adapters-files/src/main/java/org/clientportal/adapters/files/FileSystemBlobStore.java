package org.clientportal.adapters.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.BlobPage;
import org.clientportal.application.blob.ListedBlob;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;

/**
 * Blobs as files under a root directory, one directory per tenant ({@code <root>/<tenant id>/<key>}).
 * A put writes a partial file beside its target, flushes it to disk and renames it into place in
 * one atomic step, so a blob's name never shows half a file, not even after a crash. Partial files
 * start with a dot, which no key does: listings skip them, and only a crash leaves one behind for
 * {@link #discardPartialWrites} to find. Keys cannot contain a separator or a dot, so no key leaves
 * its tenant's directory.
 */
public final class FileSystemBlobStore implements BlobStore {

    static final String PARTIAL_PREFIX = ".partial-";

    private static final String DEPENDENCY = "file store";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path root;

    /** The root is created on the first put; it need not exist before. */
    public FileSystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredBlob put(TenantId tenant, BlobKey key, InputStream content, long maxBytes) {
        MeteredContent metered = new MeteredContent(content, maxBytes);
        Path directory = directoryOf(tenant);
        Path partial = createPartial(directory);
        try {
            write(metered, partial);
            // rename(2) on POSIX, MoveFileEx on Windows: both replace a blob already under the key.
            Files.move(partial, directory.resolve(key.value()), StandardCopyOption.ATOMIC_MOVE);
            return new StoredBlob(key, metered.size(), metered.sha256Hex());
        } catch (IOException e) {
            deleteQuietly(partial, e);
            throw new DependencyUnavailable(DEPENDENCY, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial, e);
            throw e;
        }
    }

    @Override
    public InputStream open(TenantId tenant, BlobKey key) {
        try {
            return Files.newInputStream(directoryOf(tenant).resolve(key.value()));
        } catch (NoSuchFileException e) {
            throw new NotFound("file", key.value());
        } catch (IOException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
    }

    @Override
    public void delete(TenantId tenant, BlobKey key) {
        try {
            Files.deleteIfExists(directoryOf(tenant).resolve(key.value()));
        } catch (IOException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
    }

    @Override
    public BlobPage list(TenantId tenant, Optional<BlobKey> after, int limit) {
        BlobStore.requirePageLimit(limit);
        Path directory = directoryOf(tenant);
        try {
            TreeSet<String> names = firstNamesAfter(directory, after, limit + 1);
            boolean more = names.size() > limit;
            if (more) {
                names.pollLast();
            }
            return new BlobPage(listed(directory, names), more ? Optional.of(new BlobKey(names.last())) : Optional.empty());
        } catch (NoSuchFileException e) {
            return new BlobPage(List.of(), Optional.empty());
        } catch (IOException | DirectoryIteratorException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
    }

    @Override
    public int discardPartialWrites(TenantId tenant, Instant lastWrittenBefore) {
        int discarded = 0;
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(directoryOf(tenant), PARTIAL_PREFIX + "*")) {
            for (Path partial : partials) {
                Optional<Instant> written = lastWritten(partial);
                if (written.isPresent() && written.get().isBefore(lastWrittenBefore) && Files.deleteIfExists(partial)) {
                    discarded++;
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | DirectoryIteratorException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
        return discarded;
    }

    private Path directoryOf(TenantId tenant) {
        return root.resolve(tenant.value().toString());
    }

    private static Path createPartial(Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, PARTIAL_PREFIX, "");
        } catch (IOException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
    }

    /** Forced to disk before the rename, or a crash could leave the new name on an empty file. */
    private static void write(MeteredContent content, Path partial) throws IOException {
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            int filled;
            while ((filled = content.fill(buffer)) > 0) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, filled);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            out.force(true);
        }
    }

    /** One pass over the directory keeps only the names a page needs, so memory stays bounded. */
    private static TreeSet<String> firstNamesAfter(Path directory, Optional<BlobKey> after, int count)
            throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (BlobKey.isValid(name) && after.map(a -> name.compareTo(a.value()) > 0).orElse(true)) {
                    names.add(name);
                    if (names.size() > count) {
                        names.pollLast();
                    }
                }
            }
        }
        return names;
    }

    /** A blob deleted since its name was read is left out. */
    private static List<ListedBlob> listed(Path directory, TreeSet<String> names) throws IOException {
        List<ListedBlob> blobs = new ArrayList<>();
        for (String name : names) {
            lastWritten(directory.resolve(name)).ifPresent(at -> blobs.add(new ListedBlob(new BlobKey(name), at)));
        }
        return blobs;
    }

    private static Optional<Instant> lastWritten(Path file) throws IOException {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path partial, Exception failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
