package org.clientportal.application.contract;

import java.time.Instant;
import org.clientportal.application.fakes.InMemoryBlobStore;
import org.clientportal.application.port.BlobStore;

class InMemoryBlobStoreTest extends BlobStoreContract {

    private final InMemoryBlobStore store = new InMemoryBlobStore(Instant::now);

    @Override
    protected BlobStore store() {
        return store;
    }
}
