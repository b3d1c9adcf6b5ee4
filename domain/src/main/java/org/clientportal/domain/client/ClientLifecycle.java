package org.clientportal.domain.client;

import static org.clientportal.domain.client.ClientStatus.ACTIVE;
import static org.clientportal.domain.client.ClientStatus.LEAD;
import static org.clientportal.domain.client.ClientStatus.OFFBOARDED;
import static org.clientportal.domain.client.ClientStatus.ONBOARDING;
import static org.clientportal.domain.client.ClientStatus.PAUSED;

import org.clientportal.domain.shared.Lifecycle;

/** The client state machine: the one table of allowed moves. */
public final class ClientLifecycle {

    public static final Lifecycle<ClientStatus> MOVES = Lifecycle.of("client", ClientStatus.class)
            .from(LEAD, ONBOARDING, OFFBOARDED)
            .from(ONBOARDING, ACTIVE, OFFBOARDED)
            .from(ACTIVE, PAUSED, OFFBOARDED)
            .from(PAUSED, ACTIVE, OFFBOARDED)
            .from(OFFBOARDED, ONBOARDING)
            .build();

    private ClientLifecycle() {
    }
}
