package org.clientportal.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

    private final TestAgency agency = new TestAgency();
    private final IdempotentRequests requests = agency.useCases.idempotentRequests();

    @Test
    void aFinishedRequest_isAnsweredAgain_forTheSameBody() {
        assertThat(requests.begin(agency.owner, "k1", "body-a")).isEmpty();
        requests.finish(agency.owner, "k1", new RecordedResponse(201, "{\"id\":\"1\"}", Map.of("ETag", "\"1\"")));

        assertThat(requests.begin(agency.owner, "k1", "body-a")).contains(new RecordedResponse(201, "{\"id\":\"1\"}", Map.of("ETag", "\"1\"")));
    }

    @Test
    void theSameKeyWithAnotherBody_isUnprocessable() {
        requests.begin(agency.owner, "k1", "body-a");
        requests.finish(agency.owner, "k1", new RecordedResponse(201, "{}", Map.of()));

        assertThatThrownBy(() -> requests.begin(agency.owner, "k1", "body-b"))
                .isInstanceOf(DomainError.class)
                .satisfies(e -> assertThat(((DomainError) e).code()).isEqualTo("idempotency-key-reused"));
    }

    @Test
    void aKeyStillInProgress_isAConflict_untilItIsAbandoned() {
        requests.begin(agency.owner, "k1", "body-a");
        assertThatThrownBy(() -> requests.begin(agency.owner, "k1", "body-a"))
                .isInstanceOf(DomainError.class)
                .satisfies(e -> assertThat(((DomainError) e).code()).isEqualTo("idempotency-key-in-progress"));

        requests.abandon(agency.owner, "k1");
        assertThat(requests.begin(agency.owner, "k1", "body-a")).isEmpty();
    }

    @Test
    void aClaimLeftByADeadRequest_isTakenOverAfterAMinute() {
        requests.begin(agency.owner, "k1", "body-a");
        agency.fakes.clock.advance(Duration.ofMinutes(2));
        assertThat(requests.begin(agency.owner, "k1", "body-a")).isEmpty();
    }

    @Test
    void keysArePerPrincipal_andMustNotBeBlankOrHuge() {
        requests.begin(agency.owner, "k1", "body-a");
        var other = agency.operatorWithRole("member");
        assertThat(requests.begin(other, "k1", "body-z")).isEmpty();
        assertThatThrownBy(() -> requests.begin(agency.owner, " ", "b")).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> requests.begin(agency.owner, "x".repeat(201), "b")).isInstanceOf(ValidationFailed.class);
    }
}
