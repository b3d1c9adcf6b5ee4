package org.clientportal.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.port.HubSender;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events written with the changes they tell of, over the fakes, and the relay's passes. */
class NotificationUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private Client acme;
    private Project site;

    @BeforeEach
    void aClientWithASharedProject() {
        acme = agency.client("Acme");
        site = agency.share(agency.project(acme, "Website"));
    }

    private List<Notification> events() {
        return agency.fakes.outbox.all().stream().map(OutboxEntry::notification).toList();
    }

    private List<NotificationType> types() {
        return events().stream().map(Notification::type).toList();
    }

    @Test
    void aClientVisibleUpdateOnASharedProject_isTold_anInternalOneOrOneOnAnInternalProjectIsNot() {
        Project internal = agency.project(acme, "Tooling");
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Margins are thin", null));
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(internal.id().toString(),
                "Shared, on an internal project", "client"));
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Beta is live", "client"));

        assertThat(events()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NotificationType.UPDATE_POSTED);
            assertThat(n.clientId()).contains(acme.id());
            assertThat(n.payload()).containsEntry("body", "Beta is live").containsEntry("projectName", "Website");
        });
    }

    @Test
    void aRequestFiled_thenAccepted_orDeclinedWithItsReason_isTold() {
        Actor ada = agency.signedInContact(acme, "Ada", "request");
        String first = agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(site.id().toString(),
                "task", "Pricing page", null)).key().value();
        String second = agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(site.id().toString(),
                "task", "Blog", null)).key().value();
        agency.features.tasks.transitionTask().execute(agency.owner, first,
                new TransitionCommand("open", null, Optional.empty()));
        agency.features.tasks.transitionTask().execute(agency.owner, second,
                new TransitionCommand("cancelled", "Out of scope", Optional.empty()));
        agency.features.tasks.transitionTask().execute(agency.owner, first,
                new TransitionCommand("in_progress", null, Optional.empty()));

        assertThat(types()).containsExactly(NotificationType.PORTAL_LINK_ISSUED, NotificationType.REQUEST_RECEIVED,
                NotificationType.REQUEST_RECEIVED, NotificationType.REQUEST_ACCEPTED, NotificationType.REQUEST_DECLINED);
        assertThat(events().get(4).payload()).containsEntry("reason", "Out of scope").containsEntry("key", second);
    }

    @Test
    void theRelay_deliversWhatTheHubTakes_andBacksOffFromWhatItRefuses_forever() {
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Beta is live", "client"));
        ScriptedHub hub = new ScriptedHub(3);
        RelaySettings settings = new RelaySettings(10, Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofSeconds(15));
        RelayNotifications relay = new RelayNotifications(agency.fakes.transactions, agency.fakes.outbox, hub,
                settings, agency.fakes.clock);

        List<Duration> waits = new ArrayList<>();
        for (int pass = 0; pass < 3; pass++) {
            assertThat(relay.runOnce()).isEqualTo(new RelayNotifications.Pass(0, 1));
            OutboxEntry entry = agency.fakes.outbox.all().get(0);
            waits.add(Duration.between(agency.fakes.clock.now(), entry.nextAttemptAt()));
            assertThat(relay.runOnce().claimedAny()).as("not due again yet").isFalse();
            agency.fakes.clock.advance(Duration.ofMinutes(1));
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15));
        assertThat(relay.runOnce()).isEqualTo(new RelayNotifications.Pass(1, 0));
        assertThat(relay.runOnce().claimedAny()).isFalse();
        OutboxEntry delivered = agency.fakes.outbox.all().get(0);
        assertThat(delivered.state()).isEqualTo(NotificationState.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(4);
        assertThat(hub.taken).extracting(Notification::id).containsExactly(delivered.notification().id());
    }

    @Test
    void theAgencysList_filtersByStateAndType_andRefusesUnknownOnes() {
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Beta is live", "client"));
        ListNotifications list = agency.features.notifications.listNotifications();
        PageInput first = new PageInput(null, null, null);

        assertThat(list.execute(agency.operatorWithRole("viewer"), "pending", "update.posted", first).items())
                .hasSize(1);
        assertThat(list.execute(agency.owner, "delivered", null, first).items()).isEmpty();
        assertThatThrownBy(() -> list.execute(agency.owner, "lost", "update.deleted", first))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("state", "type"));
    }

    /** Refuses the first {@code refusals} sends, then takes every one. */
    private static final class ScriptedHub implements HubSender {

        private final List<Notification> taken = new ArrayList<>();
        private int refusals;

        ScriptedHub(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public void send(Notification notification) {
            if (refusals-- > 0) {
                throw new HubRefused("The hub answered 503", null);
            }
            taken.add(notification);
        }
    }
}
