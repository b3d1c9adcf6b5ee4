package org.clientportal.adapters.persistence.tenant;

import org.clientportal.adapters.persistence.PostgresStorage;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.contract.TenantRepositoryContract;
import org.clientportal.application.contract.StoragePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract the in-memory fake also passes, on a real PostgreSQL database of this class's own. */
class JooqTenantRepositoryTest extends TenantRepositoryContract {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    @Override
    protected StoragePorts storage() {
        return PostgresStorage.of(DATABASE.persistence());
    }
}
