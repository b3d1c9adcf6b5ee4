package org.clientportal.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientportal.application.client.ClientInput;
import org.junit.jupiter.api.Test;

/** The fakes hold use cases to the same transaction discipline as the database does. */
class InMemoryTransactionsTest {

    private final TestAgency agency = new TestAgency();
    private final InMemoryTransactions transactions = agency.fakes.transactions;

    @Test
    void aWriteOutsideATransaction_fails() {
        var lead = agency.client("Acme");

        assertThatThrownBy(() -> agency.fakes.clients.add(lead))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
    }

    @Test
    void aTransactionThatFails_rollsBackEveryWriteItMade() {
        assertThatThrownBy(() -> transactions.inTenant(agency.owner.tenantId(), () -> {
            agency.features.clients.createClient().execute(agency.owner, new ClientInput("Acme", null, null, null, null));
            throw new IllegalStateException("fails after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(agency.fakes.clients.all()).isEmpty();
        assertThat(agency.fakes.auditTrail.all()).noneMatch(e -> e.action().equals("client.created"));
    }

    @Test
    void nestedWork_joinsTheOpenTransaction_andFailsWithIt() {
        assertThatThrownBy(() -> transactions.inTenant(agency.owner.tenantId(), () -> {
            transactions.inTenant(agency.owner.tenantId(), () -> agency.client("Inner"));
            throw new IllegalStateException("the outer work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(agency.fakes.clients.all()).isEmpty();
    }
}
