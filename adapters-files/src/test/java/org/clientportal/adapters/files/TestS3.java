package org.clientportal.adapters.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server in the test's own process: S3Proxy on a free local port, keeping objects in a
 * temporary directory and checking request signatures like AWS does.
 */
public final class TestS3 {

    static final String REGION = "us-east-1";
    private static final String ACCESS_KEY = "portal-test";
    private static final String SECRET_KEY = "portal-test-secret";

    private final S3Proxy server;
    private final Path directory;
    private final URI endpoint;

    private TestS3(S3Proxy server, Path directory, URI endpoint) {
        this.server = server;
        this.directory = directory;
        this.endpoint = endpoint;
    }

    public static TestS3 start() throws Exception {
        Path directory = Files.createTempDirectory("portal-s3");
        S3Proxy server = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(directory.toString()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        server.start();
        return new TestS3(server, directory, URI.create("http://127.0.0.1:" + server.getPort()));
    }

    /** Settings for a new bucket of this server. */
    public S3Settings newBucket(String name) {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(name));
        }
        return settings(endpoint, name);
    }

    URI endpoint() {
        return endpoint;
    }

    static S3Settings settings(URI endpoint, String bucket) {
        return new S3Settings(Optional.of(endpoint), REGION, bucket, ACCESS_KEY, SECRET_KEY, true);
    }

    /** A plain client, to look at the server past the store under test. */
    S3Client client() {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public void stop() throws Exception {
        server.stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(TestS3::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new IllegalStateException("could not clean up " + path, e);
        }
    }
}
