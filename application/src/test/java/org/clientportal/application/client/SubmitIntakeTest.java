package org.clientportal.application.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class SubmitIntakeTest {

    private final TestAgency agency = new TestAgency();
    private final String slug = agency.registration.tenant().slug().value();

    private IntakeSubmission from(String address) {
        return new IntakeSubmission(slug, "Jane Prospect", "jane@prospect.test", "Prospect Co", "We need a site",
                address, "req-intake");
    }

    @Test
    void aSubmission_becomesALeadOfThatAgency() {
        Client lead = agency.features.clients.submitIntake().execute(from("198.51.100.1"));

        assertThat(lead.status()).isEqualTo(ClientStatus.LEAD);
        assertThat(lead.source()).isEqualTo(ClientSource.INTAKE);
        assertThat(lead.tenantId()).isEqualTo(agency.registration.tenant().id());
        assertThat(lead.profile().company()).contains("Prospect Co");
        assertThat(lead.intakeMessage()).contains("We need a site");
        assertThat(agency.features.clients.getClient().execute(agency.owner, lead.id().toString()).id()).isEqualTo(lead.id());
    }

    @Test
    void aLeadsTaskKeyPrefix_isDerivedFromItsName_andMadeUniqueInTheAgency() {
        Client first = agency.features.clients.submitIntake().execute(from("198.51.100.1"));
        Client second = agency.features.clients.submitIntake().execute(from("198.51.100.2"));

        assertThat(first.taskKeyPrefix().value()).isEqualTo("JANEPROSPE");
        assertThat(second.taskKeyPrefix().value()).isEqualTo("JANEPROSP2");
    }

    @Test
    void anUnknownOrMalformedSlug_isNotFound() {
        assertThatThrownBy(() -> agency.features.clients.submitIntake().execute(new IntakeSubmission("nobody-here", "J",
                "j@x.test", null, null, "198.51.100.1", "r"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> agency.features.clients.submitIntake().execute(new IntakeSubmission("Bad Slug!", "J",
                "j@x.test", null, null, "198.51.100.1", "r"))).isInstanceOf(NotFound.class);
    }

    @Test
    void aSubmissionWithoutEmail_isRefused() {
        assertThatThrownBy(() -> agency.features.clients.submitIntake().execute(new IntakeSubmission(slug, "J", null, null,
                null, "198.51.100.1", "r"))).isInstanceOf(ValidationFailed.class).hasMessageContaining("email");
    }

    @Test
    void oneAddress_isLimitedPerHour_otherAddressesAreNot() {
        for (int i = 0; i < SubmitIntake.PER_ADDRESS.hits(); i++) {
            agency.features.clients.submitIntake().execute(from("198.51.100.7"));
        }
        assertThatThrownBy(() -> agency.features.clients.submitIntake().execute(from("198.51.100.7")))
                .isInstanceOf(TooManyRequests.class);
        assertThat(agency.features.clients.submitIntake().execute(from("198.51.100.8")).status()).isEqualTo(ClientStatus.LEAD);
    }

    @Test
    void oneAgency_takesAtMostItsHourlyShare_fromHowEverManyAddresses() {
        for (int i = 0; i < SubmitIntake.PER_AGENCY.hits(); i++) {
            agency.features.clients.submitIntake().execute(from("198.51." + (i / 250) + "." + (i % 250)));
        }

        assertThatThrownBy(() -> agency.features.clients.submitIntake().execute(from("192.0.2.200")))
                .isInstanceOf(TooManyRequests.class);
        TestAgency other = new TestAgency(agency.fakes);
        assertThat(agency.features.clients.submitIntake().execute(new IntakeSubmission(
                other.registration.tenant().slug().value(), "Jane", "jane@prospect.test", null, null, "192.0.2.200",
                "r")).tenantId()).isEqualTo(other.registration.tenant().id());
    }
}
