package org.clientportal.adapters.files;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an S3-compatible store (AWS S3, MinIO, Supabase Storage, ...) keeps the portal's files.
 *
 * @param endpoint  the store's address; empty for AWS S3 itself, which the region locates
 * @param pathStyle the bucket in the path ({@code host/bucket/key}) rather than in the host name,
 *                  as MinIO and Supabase Storage need
 */
public record S3Settings(Optional<URI> endpoint, String region, String bucket, String accessKey, String secretKey,
                         boolean pathStyle) {

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        endpoint.ifPresent(S3Settings::requireHttp);
        requireText("region", region);
        requireText("bucket", bucket);
        requireText("access key", accessKey);
        requireText("secret key", secretKey);
    }

    /** Never shows the secret key, so settings can be logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint.map(URI::toString).orElse("(AWS)") + ", region=" + region
                + ", bucket=" + bucket + ", accessKey=" + accessKey + ", secretKey=***, pathStyle=" + pathStyle + "]";
    }

    private static void requireHttp(URI endpoint) {
        if (!("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the S3 endpoint must be an http or https URL, not " + endpoint);
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the S3 " + name + " is required");
        }
    }
}
