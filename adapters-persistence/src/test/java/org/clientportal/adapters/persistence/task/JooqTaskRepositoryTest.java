package org.clientportal.adapters.persistence.task;

import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.application.contract.TaskRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract the in-memory fake also passes, on a real PostgreSQL database of this class's own;
 * its concurrent creations run in transactions of their own on the pool, so they really race.
 */
class JooqTaskRepositoryTest extends TaskRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }
}
