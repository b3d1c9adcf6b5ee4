package org.clientportal.domain.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

class AskTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final ClientId acme = new ClientId(UUID.randomUUID());

    @Test
    void aFiledAsk_isSharedWithItsOwnClientOnly_andAnInternalOneWithNobody() {
        Ask filed = Ask.file(new AskId(UUID.randomUUID()), new TenantId(UUID.randomUUID()), acme, Optional.empty(),
                new TaskKey("ACME-1"), AskKind.BUG, "Broken", Optional.empty(), new ContactId(UUID.randomUUID()),
                "Ada", NOW);
        Ask internal = Ask.restore(filed.id(), filed.tenantId(), acme, Optional.empty(), filed.key(), AskKind.BUG,
                "Broken", Optional.empty(), Visibility.INTERNAL, filed.contactId(), "Ada",
                AskClassification.UNCLASSIFIED, Optional.empty(), 1, NOW, NOW);

        assertThat(filed.isSharedWith(acme)).isTrue();
        assertThat(filed.isSharedWith(new ClientId(UUID.randomUUID()))).isFalse();
        assertThat(internal.isSharedWith(acme)).isFalse();
    }
}
