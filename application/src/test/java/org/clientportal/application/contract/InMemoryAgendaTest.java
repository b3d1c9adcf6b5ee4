package org.clientportal.application.contract;

/** The in-memory fakes the use-case tests rely on, held to the same contract as the database. */
class InMemoryAgendaTest extends AgendaContract {

    @Override
    protected StoragePorts storage() {
        return StoragePorts.inMemory();
    }
}
