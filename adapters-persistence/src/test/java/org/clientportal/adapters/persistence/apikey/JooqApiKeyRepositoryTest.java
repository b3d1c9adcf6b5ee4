package org.clientportal.adapters.persistence.apikey;

import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.ApiKeyRepositoryContract;
import org.clientportal.application.contract.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract the in-memory fake also passes, on a real PostgreSQL database of this class's own. */
class JooqApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }
}
