package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.BlobPage;
import org.clientportal.application.blob.BlobTooLarge;
import org.clientportal.application.blob.ListedBlob;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.port.BlobStore;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link BlobStore} does, run against the in-memory fake and each real store so that
 * the fake cannot drift from them. Each test works in tenants of its own.
 */
public abstract class BlobStoreContract {

    /** More than one part of an S3 multipart upload, so that path is taken too. */
    protected static final int SEVERAL_PARTS = 11 * 1024 * 1024;

    private static final BlobKey KEY = new BlobKey("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    protected BlobStore store;

    /** The implementation under test; called before every test. */
    protected abstract BlobStore store();

    @BeforeEach
    void openStore() {
        store = store();
    }

    @Test
    void put_thenOpen_givesTheContentBack_withItsSizeAndSha256() throws IOException {
        TenantId tenant = newTenant();
        byte[] content = bytes(100_000);

        StoredBlob stored = store.put(tenant, KEY, new ByteArrayInputStream(content), 10_000_000);

        assertThat(stored).isEqualTo(new StoredBlob(KEY, content.length, sha256(content)));
        assertThat(read(tenant, KEY)).isEqualTo(content);
    }

    @Test
    void put_ofNothing_storesAnEmptyBlob() throws IOException {
        TenantId tenant = newTenant();

        StoredBlob stored = store.put(tenant, KEY, InputStream.nullInputStream(), 10);

        assertThat(stored).isEqualTo(new StoredBlob(KEY, 0, sha256(new byte[0])));
        assertThat(read(tenant, KEY)).isEmpty();
    }

    @Test
    void put_ofSeveralMegabytes_streamsThemAll() throws IOException {
        TenantId tenant = newTenant();
        byte[] content = bytes(SEVERAL_PARTS);

        StoredBlob stored = store.put(tenant, KEY, new ByteArrayInputStream(content), SEVERAL_PARTS);

        assertThat(stored).isEqualTo(new StoredBlob(KEY, SEVERAL_PARTS, sha256(content)));
        assertThat(read(tenant, KEY)).isEqualTo(content);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, 1, 1000})
    void put_ofExactlyTheLimit_isAccepted(int limit) {
        TenantId tenant = newTenant();

        StoredBlob stored = store.put(tenant, KEY, new ByteArrayInputStream(bytes(limit)), limit);

        assertThat(stored.size()).isEqualTo(limit);
        assertThat(keys(store.list(tenant, Optional.empty(), 10))).containsExactly(KEY);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, 1000, SEVERAL_PARTS})
    void put_ofOneByteOverTheLimit_isRefused_andLeavesNothing(int limit) {
        TenantId tenant = newTenant();
        CountingStream content = new CountingStream(new ByteArrayInputStream(bytes(limit + 1000)));

        assertThatThrownBy(() -> store.put(tenant, KEY, content, limit))
                .isInstanceOfSatisfying(BlobTooLarge.class, e -> {
                    assertThat(e.code()).isEqualTo("file-too-large");
                    assertThat(e.details()).containsEntry("maxBytes", (long) limit);
                });

        assertThat(content.read).as("stops reading at the first byte too many").isEqualTo(limit + 1L);
        assertNothingLeft(tenant);
    }

    @ParameterizedTest(name = "after {0} bytes")
    @ValueSource(ints = {0, 1000, SEVERAL_PARTS - 1000})
    void put_ofContentThatBreaksOffMidway_fails_andLeavesNothing(int delivered) {
        TenantId tenant = newTenant();
        InputStream breaksOff = new BreaksOff(bytes(delivered));

        assertThatThrownBy(() -> store.put(tenant, KEY, breaksOff, SEVERAL_PARTS))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");

        assertNothingLeft(tenant);
    }

    @Test
    void put_underAKeyInUse_replacesTheContent() throws IOException {
        TenantId tenant = newTenant();
        store.put(tenant, KEY, new ByteArrayInputStream(bytes(500)), 1000);
        byte[] second = "the second version".getBytes(StandardCharsets.UTF_8);

        store.put(tenant, KEY, new ByteArrayInputStream(second), 1000);

        assertThat(read(tenant, KEY)).isEqualTo(second);
        assertThat(keys(store.list(tenant, Optional.empty(), 10))).containsExactly(KEY);
    }

    @Test
    void put_acceptsEveryCharacterAKeyMayHold_upToItsLongest() throws IOException {
        TenantId tenant = newTenant();
        BlobKey everyKind = new BlobKey("0a-z_9");
        BlobKey longest = new BlobKey("k".repeat(BlobKey.MAX_LENGTH));

        store.put(tenant, everyKind, new ByteArrayInputStream(new byte[] {1}), 10);
        store.put(tenant, longest, new ByteArrayInputStream(new byte[] {2}), 10);

        assertThat(read(tenant, everyKind)).containsExactly(1);
        assertThat(read(tenant, longest)).containsExactly(2);
    }

    @Test
    void open_ofAKeyNeverWritten_isNotFound() {
        assertThatThrownBy(() -> store.open(newTenant(), KEY)).isInstanceOf(NotFound.class);
    }

    @Test
    void delete_removesTheBlob_andIsHarmlessTwice_orForAKeyNeverWritten() {
        TenantId tenant = newTenant();
        store.put(tenant, KEY, new ByteArrayInputStream(bytes(10)), 10);

        store.delete(tenant, KEY);
        store.delete(tenant, KEY);
        store.delete(tenant, new BlobKey("never-written"));

        assertThatThrownBy(() -> store.open(tenant, KEY)).isInstanceOf(NotFound.class);
        assertNothingLeft(tenant);
    }

    @Test
    void aTenant_neitherSeesNorRemovesAnotherTenantsBlob() throws IOException {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        byte[] content = bytes(10);
        store.put(mine, KEY, new ByteArrayInputStream(content), 10);

        assertThatThrownBy(() -> store.open(theirs, KEY)).isInstanceOf(NotFound.class);
        assertThat(store.list(theirs, Optional.empty(), 10).blobs()).isEmpty();
        store.delete(theirs, KEY);

        assertThat(read(mine, KEY)).isEqualTo(content);
    }

    @Test
    void list_givesTheTenantsBlobsInKeyOrder_page_afterPage_withWhenEachWasWritten() {
        TenantId tenant = newTenant();
        Instant before = Instant.now();
        for (String key : List.of("e", "b", "d", "a", "c")) {
            store.put(tenant, new BlobKey(key), new ByteArrayInputStream(bytes(3)), 10);
        }
        Instant after = Instant.now();

        BlobPage first = store.list(tenant, Optional.empty(), 2);
        BlobPage second = store.list(tenant, first.next(), 2);
        BlobPage third = store.list(tenant, second.next(), 2);

        assertThat(keys(first)).extracting(BlobKey::value).containsExactly("a", "b");
        assertThat(keys(second)).extracting(BlobKey::value).containsExactly("c", "d");
        assertThat(keys(third)).extracting(BlobKey::value).containsExactly("e");
        assertThat(third.next()).isEmpty();
        // Object stores keep the time to the second.
        assertThat(first.blobs()).extracting(ListedBlob::writtenAt).allSatisfy(writtenAt -> assertThat(writtenAt)
                .isBetween(before.minus(Duration.ofSeconds(2)), after.plus(Duration.ofSeconds(2))));
    }

    @Test
    void list_ofAFullLastPage_mayPointFurther_butTheNextPageIsEmptyAndFinal() {
        TenantId tenant = newTenant();
        store.put(tenant, new BlobKey("a"), new ByteArrayInputStream(bytes(1)), 10);
        store.put(tenant, new BlobKey("b"), new ByteArrayInputStream(bytes(1)), 10);

        BlobPage first = store.list(tenant, Optional.empty(), 2);
        BlobPage rest = store.list(tenant, Optional.of(new BlobKey("b")), 2);

        assertThat(keys(first)).extracting(BlobKey::value).containsExactly("a", "b");
        assertThat(rest).isEqualTo(new BlobPage(List.of(), Optional.empty()));
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, -1, BlobStore.MAX_PAGE + 1})
    void list_ofAnImpossiblePageSize_isRefused(int limit) {
        assertThatThrownBy(() -> store.list(newTenant(), Optional.empty(), limit))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void put_withANegativeLimit_isRefused_beforeReadingAnything() {
        TenantId tenant = newTenant();
        CountingStream content = new CountingStream(new ByteArrayInputStream(bytes(10)));

        assertThatThrownBy(() -> store.put(tenant, KEY, content, -1)).isInstanceOf(IllegalArgumentException.class);

        assertThat(content.read).isZero();
        assertNothingLeft(tenant);
    }

    /** No blob is listed and no partial write is left to discard, however old. */
    protected void assertNothingLeft(TenantId tenant) {
        assertThat(store.list(tenant, Optional.empty(), BlobStore.MAX_PAGE).blobs()).isEmpty();
        assertThat(store.discardPartialWrites(tenant, Instant.now().plus(Duration.ofDays(1)))).isZero();
        assertThatThrownBy(() -> store.open(tenant, KEY)).isInstanceOf(NotFound.class);
    }

    protected static TenantId newTenant() {
        return new TenantId(UUID.randomUUID());
    }

    protected static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        new Random(count).nextBytes(bytes);
        return bytes;
    }

    protected static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected byte[] read(TenantId tenant, BlobKey key) throws IOException {
        try (InputStream content = store.open(tenant, key)) {
            return content.readAllBytes();
        }
    }

    private static List<BlobKey> keys(BlobPage page) {
        return page.blobs().stream().map(ListedBlob::key).toList();
    }

    /** Counts what the store read, to show it stops at the first byte too many. */
    private static final class CountingStream extends InputStream {

        private final InputStream in;
        private long read;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }

    /** A client that goes away: some bytes, then the connection breaks. */
    private static final class BreaksOff extends InputStream {

        private final ByteArrayInputStream delivered;

        BreaksOff(byte[] delivered) {
            this.delivered = new ByteArrayInputStream(delivered);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (delivered.available() == 0) {
                throw new IOException("connection reset");
            }
            return delivered.read(buffer, offset, length);
        }
    }
}
