package org.clientportal.adapters.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.BlobPage;
import org.clientportal.application.blob.ListedBlob;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Blobs as objects in one bucket of an S3-compatible store, named {@code <tenant id>/<key>}.
 * Content is sent in parts of {@link #PART_BYTES}, so a put holds one part in memory however large
 * the file: content that fits one part is a single PUT, anything larger a multipart upload, which
 * is aborted when the content turns out too large or fails, so nothing is left behind. Only a
 * process that dies mid-upload leaves an unfinished upload, which {@link #discardPartialWrites}
 * aborts later (dated by when it began).
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    /** S3's smallest part (all but the last must be at least this). */
    static final int PART_BYTES = 5 * 1024 * 1024;

    private static final String DEPENDENCY = "file store";
    private static final String CONTENT_TYPE = "application/octet-stream";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final S3Client s3;
    private final String bucket;

    private S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** A client for the store; nothing is sent until the first call. */
    public static S3BlobStore open(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                // Stores other than AWS's own may not know the checksums newer SDKs add to every request.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(READ_TIMEOUT));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new S3BlobStore(builder.build(), settings.bucket());
    }

    @Override
    public StoredBlob put(TenantId tenant, BlobKey key, InputStream content, long maxBytes) {
        MeteredContent metered = new MeteredContent(content, maxBytes);
        String name = objectName(tenant, key);
        byte[] part = new byte[(int) Math.min(PART_BYTES, maxBytes + 1)];
        int filled = metered.fill(part);
        try {
            if (filled < part.length) {
                s3.putObject(b -> b.bucket(bucket).key(name).contentType(CONTENT_TYPE), body(part, filled));
            } else {
                uploadInParts(name, metered, part);
            }
        } catch (SdkException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
        return new StoredBlob(key, metered.size(), metered.sha256Hex());
    }

    @Override
    public InputStream open(TenantId tenant, BlobKey key) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(objectName(tenant, key)));
        } catch (NoSuchKeyException e) {
            throw new NotFound("file", key.value());
        } catch (SdkException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
    }

    @Override
    public void delete(TenantId tenant, BlobKey key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(objectName(tenant, key)));
        } catch (SdkException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
    }

    @Override
    public BlobPage list(TenantId tenant, Optional<BlobKey> after, int limit) {
        BlobStore.requirePageLimit(limit);
        String prefix = prefixOf(tenant);
        ListObjectsV2Response page;
        try {
            page = s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).delimiter("/").maxKeys(limit)
                    .startAfter(after.map(a -> prefix + a.value()).orElse(null)));
        } catch (SdkException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
        List<ListedBlob> blobs = page.contents().stream()
                .filter(object -> BlobKey.isValid(object.key().substring(prefix.length())))
                .map(object -> new ListedBlob(new BlobKey(object.key().substring(prefix.length())),
                        object.lastModified()))
                .toList();
        Optional<BlobKey> next = page.isTruncated() && !blobs.isEmpty()
                ? Optional.of(blobs.get(blobs.size() - 1).key())
                : Optional.empty();
        return new BlobPage(blobs, next);
    }

    @Override
    public int discardPartialWrites(TenantId tenant, Instant lastWrittenBefore) {
        int discarded = 0;
        try {
            for (MultipartUpload upload : s3.listMultipartUploadsPaginator(b -> b.bucket(bucket).prefix(prefixOf(tenant)))
                    .uploads()) {
                if (upload.initiated().isBefore(lastWrittenBefore)) {
                    abort(upload.key(), upload.uploadId());
                    discarded++;
                }
            }
        } catch (SdkException e) {
            throw new DependencyUnavailable(DEPENDENCY, e);
        }
        return discarded;
    }

    @Override
    public void close() {
        s3.close();
    }

    /** The first part is already in the buffer, and full. */
    private void uploadInParts(String name, MeteredContent content, byte[] part) {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(name).contentType(CONTENT_TYPE))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            int filled = part.length;
            while (filled > 0) {
                int number = parts.size() + 1;
                String eTag = s3.uploadPart(b -> b.bucket(bucket).key(name).uploadId(uploadId).partNumber(number),
                        body(part, filled)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
                filled = filled == part.length ? content.fill(part) : 0;
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(name).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (RuntimeException e) {
            try {
                abort(name, uploadId);
            } catch (SdkException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw e;
        }
    }

    private void abort(String name, String uploadId) {
        s3.abortMultipartUpload(b -> b.bucket(bucket).key(name).uploadId(uploadId));
    }

    /** Re-readable from the buffer, so the SDK can retry a request without asking for the content again. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, CONTENT_TYPE);
    }

    private static String prefixOf(TenantId tenant) {
        return tenant.value() + "/";
    }

    private static String objectName(TenantId tenant, BlobKey key) {
        return prefixOf(tenant) + key.value();
    }
}
