package org.clientportal.adapters.persistence.queue;

import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.application.contract.WorkQueueContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract the in-memory fakes also pass, on a real PostgreSQL database of this class's own. */
class JooqWorkQueueTest extends WorkQueueContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }
}
