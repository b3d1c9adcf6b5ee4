package org.clientportal.adapters.persistence.checkpoint;

import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.CheckpointRepositoryContract;
import org.clientportal.application.contract.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract the in-memory fakes also pass, on a real PostgreSQL database of this class's own. */
class JooqCheckpointRepositoryTest extends CheckpointRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }
}
