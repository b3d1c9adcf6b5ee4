package org.clientportal.bootstrap.e2e;

import org.clientportal.adapters.files.S3BlobStore;
import org.clientportal.adapters.files.S3Settings;
import org.clientportal.adapters.files.TestS3;
import org.clientportal.application.port.BlobStore;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The uploads contract on the S3 store, against a real S3 server (S3Proxy) in the test's process. */
class AttachmentUploadsOnS3E2eTest extends AttachmentUploadsContract {

    private static final TestS3 S3 = startS3();
    private static final S3Settings BUCKET = S3.newBucket("portal-uploads-e2e");

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HTTP_MAX_THREADS", "16")
            .with("PORTAL_FILES_S3_BUCKET", BUCKET.bucket())
            .with("PORTAL_FILES_S3_ENDPOINT", BUCKET.endpoint().orElseThrow().toString())
            .with("PORTAL_FILES_S3_REGION", BUCKET.region())
            .with("PORTAL_FILES_S3_ACCESS_KEY", BUCKET.accessKey())
            .with("PORTAL_FILES_S3_SECRET_KEY", BUCKET.secretKey());

    private static final BlobStore STORE = S3BlobStore.open(BUCKET);

    @Override
    PortalUnderTest portal() {
        return PORTAL;
    }

    @Override
    BlobStore store() {
        return STORE;
    }

    @AfterAll
    static void stopS3() throws Exception {
        S3.stop();
    }

    private static TestS3 startS3() {
        try {
            return TestS3.start();
        } catch (Exception e) {
            throw new IllegalStateException("the in-process S3 server did not start", e);
        }
    }
}
