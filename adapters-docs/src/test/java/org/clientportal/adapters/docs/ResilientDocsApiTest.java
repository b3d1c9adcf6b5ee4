package org.clientportal.adapters.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientportal.adapters.docs.HttpDocsApiTest.invoice;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.Map;
import org.clientportal.application.contract.DocsApiContract;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resilient client against the stand-in: the contract every {@code DocsApi} keeps still holds,
 * then what it tries again, and when it stops trying.
 */
class ResilientDocsApiTest extends DocsApiContract {

    private final FakeKlevarDocs docs = FakeKlevarDocs.start(API_KEY);
    private final DocsSettings settings = HttpDocsApiTest.settings(docs);
    private final ResilientDocsApi resilient = new ResilientDocsApi(new HttpDocsApi(settings), settings);

    ResilientDocsApiTest() {
        // Small pages, so that the contract's lists are read over several.
        docs.pageSize(2);
    }

    @AfterEach
    void stopDocs() {
        docs.close();
    }

    @Override
    protected DocsApi api() {
        return resilient;
    }

    @Override
    protected void serviceHolds(DocsFacts facts) {
        docs.put(facts);
    }

    @Override
    protected void serviceGoesDown() {
        docs.goDown();
    }

    @Test
    void aFetch_succeedsOnALaterTry_whenDocsWasBrieflyDown() {
        docs.put(DocsKind.INVOICE, invoice("inv_1", "ACME"));
        docs.failNext(2);

        assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_1")).isPresent();
        assertThat(docs.requests()).isEqualTo(3);
    }

    @Test
    void aClientsList_isReadWhole_whenDocsWasBrieflyDown() {
        docs.pageSize(1);
        docs.put(DocsKind.INVOICE, invoice("inv_1", "ACME"));
        docs.put(DocsKind.INVOICE, invoice("inv_2", "ACME"));
        docs.failNext(1);

        assertThat(api.ofClient(API_KEY, DocsKind.INVOICE, "ACME")).hasSize(2);
        assertThat(docs.requests()).isEqualTo(3);
    }

    @Test
    void aDocsThatStaysDown_isUnavailable_afterEveryAttempt() {
        docs.goDown();

        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("answered 503");
        assertThat(docs.requests()).isEqualTo(settings.attempts());
    }

    @Test
    void aRefusedKey_orAnUnreadableAnswer_isNotTriedAgain() {
        Map<String, Object> broken = invoice("inv_2", "ACME");
        broken.put("status", "lost");
        docs.put(DocsKind.INVOICE, broken);

        assertThatThrownBy(() -> api.fetch("another key", DocsKind.INVOICE, "inv_1"))
                .isInstanceOf(DependencyUnavailable.class).hasMessageContaining("API key");
        assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_2"))
                .isInstanceOf(DependencyUnavailable.class).hasMessageContaining("status \"lost\"");
        assertThat(docs.requests()).isEqualTo(2);
    }

    @Test
    void afterRepeatedOutages_theCircuitOpens_andCallsFailAtOnceWithoutAskingDocs() {
        docs.goDown();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.INVOICE, "inv_1"))
                    .isInstanceOf(DependencyUnavailable.class);
        }
        int asked = docs.requests();
        docs.comeUp();

        assertThat(resilient.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> api.ofClient(API_KEY, DocsKind.INVOICE, "ACME"))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessage("Klevar Docs has failed repeatedly; not trying for a while");
        assertThat(docs.requests()).isEqualTo(asked);
        assertThat(asked).as("five calls, each tried three times").isEqualTo(15);
    }

    @Test
    void notFound_refusedKeys_andUnreadableAnswers_leaveTheCircuitClosed() {
        docs.answerRaw("/v1/documents/garbage", "not json");
        for (int i = 0; i < 10; i++) {
            assertThat(api.fetch(API_KEY, DocsKind.INVOICE, "inv_404")).isEmpty();
            assertThatThrownBy(() -> api.fetch("another agency's stale key", DocsKind.INVOICE, "inv_1"))
                    .isInstanceOf(DependencyUnavailable.class);
            assertThatThrownBy(() -> api.fetch(API_KEY, DocsKind.DOCUMENT, "garbage"))
                    .isInstanceOf(DependencyUnavailable.class);
        }

        assertThat(resilient.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(docs.requests()).isEqualTo(30);
    }
}
