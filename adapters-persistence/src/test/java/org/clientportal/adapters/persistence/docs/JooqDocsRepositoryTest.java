package org.clientportal.adapters.persistence.docs;

import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.DocsRepositoryContract;
import org.clientportal.application.contract.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract the in-memory fakes also pass, on a real PostgreSQL database of this class's own. */
class JooqDocsRepositoryTest extends DocsRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }
}
