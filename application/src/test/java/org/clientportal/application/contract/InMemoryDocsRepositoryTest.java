package org.clientportal.application.contract;

/** The in-memory fake the use-case tests rely on, held to the same contract as the database. */
class InMemoryDocsRepositoryTest extends DocsRepositoryContract {

    @Override
    protected StoragePorts storage() {
        return StoragePorts.inMemory();
    }
}
