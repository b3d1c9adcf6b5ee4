package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.clientportal.adapters.crypto.HmacSha256WebhookSignatures;
import org.clientportal.adapters.docs.FakeKlevarDocs;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL: Klevar Docs' webhooks signed with HMAC-SHA256, kept once per event and in
 * the order things happened, read by operators and the client's contacts; and pulls from a real HTTP
 * fake of Docs' API that goes down and slows down while the copy still serves.
 */
class KlevarDocsE2eTest {

    private static final String API_KEY = "an api key of twenty-four chars";
    private static final String SECRET = "a webhook secret of some length";
    private static final FakeKlevarDocs DOCS = FakeKlevarDocs.start(API_KEY);

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_DOCS_URL", DOCS.url().toString())
            .with("PORTAL_DOCS_TIMEOUT_MS", "300")
            .with("PORTAL_DOCS_ATTEMPTS", "2")
            .with("PORTAL_DOCS_RETRY_WAIT_MS", "10")
            .with("PORTAL_DOCS_CIRCUIT_OPEN_MS", "200");

    @AfterAll
    static void stopDocs() {
        DOCS.close();
    }

    private static void connect(Agency agency, String apiKey) {
        Map<String, Object> settings = apiKey == null ? Map.of("secret", SECRET, "enabled", true)
                : Map.of("secret", SECRET, "enabled", true, "apiKey", apiKey);
        agency.owner().put("/api/v1/integrations/klevar-docs", settings).expect(200);
    }

    private static ApiResponse deliver(Agency agency, String body, Instant signedAt, String secret) {
        String timestamp = String.valueOf(signedAt.getEpochSecond());
        return agency.owner().anonymous().call("POST", "/api/v1/webhooks/klevar-docs/" + agency.slug())
                .header("X-Klevar-Timestamp", timestamp)
                .header("X-Klevar-Signature", HmacSha256WebhookSignatures.sign(secret, timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))
                .body("application/json", body).send();
    }

    private static ApiResponse deliver(Agency agency, String body) {
        return deliver(agency, body, Instant.now(), SECRET);
    }

    private static String invoiceEvent(String eventId, String type, Instant at, String reference, String total,
                                       String due) {
        return invoiceEvent(eventId, type, at, "inv_" + reference, reference, total, due);
    }

    private static String invoiceEvent(String eventId, String type, Instant at, String invoiceId, String reference,
                                       String total, String due) {
        return """
                {"id": "%s", "type": "%s", "occurredAt": "%s", "addedLater": {"ignored": true},
                 "data": {"id": "%s", "clientReference": "%s", "title": "March retainer", "number": "2026-031",
                          "currency": "EUR", "total": %s, "amountDue": %s, "dueDate": "2026-03-31",
                          "url": "https://docs.example/inv", "clientVisible": true}}
                """.formatted(eventId, type, at, invoiceId, reference, total, due);
    }

    @Test
    void signedEvents_keepTheInvoice_oncePerEvent_inTheOrderThingsHappened_andItsClientsContactSeesIt() {
        Agency agency = PORTAL.newAgency();
        JsonNode acme = agency.client("Acme", "onboarding");
        String prefix = acme.path("taskKeyPrefix").asText();
        connect(agency, null);
        Instant t0 = Instant.now().minusSeconds(60);

        JsonNode issued = deliver(agency, invoiceEvent("evt_1", "invoice.issued", t0, prefix, "\"1250.10\"",
                "\"1250.10\"")).expect(200).json();
        deliver(agency, invoiceEvent("evt_2", "invoice.paid", t0.plusSeconds(30), prefix, "\"1250.10\"", "\"0\""))
                .expect(200);
        JsonNode replay = deliver(agency, invoiceEvent("evt_1", "invoice.issued", t0, prefix, "\"1250.10\"",
                "\"1250.10\"")).expect(200).json();
        JsonNode late = deliver(agency, invoiceEvent("evt_3", "invoice.overdue", t0.plusSeconds(10), prefix,
                "\"1250.10\"", "\"1250.10\"")).expect(200).json();
        deliver(agency, """
                {"id": "evt_4", "type": "document.created", "occurredAt": "%s",
                 "data": {"id": "doc_1", "clientReference": "%s", "title": "Internal SOW draft"}}
                """.formatted(t0, prefix)).expect(200);

        assertThat(issued.path("outcome").asText()).isEqualTo("applied");
        assertThat(replay.path("outcome").asText()).isEqualTo("duplicate");
        assertThat(late.path("outcome").asText()).isEqualTo("unchanged");
        JsonNode invoice = agency.operator("viewer").get("/api/v1/invoices").expect(200).json().path("items").get(0);
        assertThat(invoice.path("status").asText()).isEqualTo("paid");
        assertThat(invoice.path("total").asText()).isEqualTo("1250.10");
        assertThat(invoice.path("amountDue").asText()).isEqualTo("0.00");
        assertThat(invoice.path("clientId").asText()).isEqualTo(acme.path("id").asText());
        assertThat(agency.owner().get("/api/v1/invoices?status=issued").expect(200).json().path("items")).isEmpty();
        ApiClient ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme.path("id").asText(), "Ada")
                .path("id").asText()));
        assertThat(ada.get("/portal/api/v1/invoices").expect(200).json().path("items").findValuesAsText("status"))
                .containsExactly("paid");
        assertThat(ada.get("/portal/api/v1/documents").expect(200).json().path("items")).isEmpty();
        assertThat(agency.owner().get("/api/v1/documents?clientId=" + acme.path("id").asText()).expect(200).json()
                .path("items").findValuesAsText("title")).containsExactly("Internal SOW draft");
        JsonNode audit = agency.owner().get("/api/v1/audit-events?entityType=invoice&entityId="
                + invoice.path("id").asText()).expect(200).json().path("items");
        assertThat(audit.findValuesAsText("actor")).containsOnly("integration:klevar-docs").hasSize(2);
    }

    @Test
    void anOverdueInvoice_waitsInTheQueue_anUnpaidOne_comesDue_andBothAreInTheClientsHandoff() {
        Agency agency = PORTAL.newAgency();
        JsonNode acme = agency.client("Acme", "onboarding");
        String prefix = acme.path("taskKeyPrefix").asText();
        connect(agency, null);
        Instant now = Instant.now();
        String dueSoon = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
        deliver(agency, invoiceEvent("evt_1", "invoice.overdue", now, prefix, "\"500.00\"", "\"200.00\""))
                .expect(200);
        deliver(agency, invoiceEvent("evt_2", "invoice.issued", now, "inv_april", prefix, "\"90.00\"", "\"90.00\"")
                .replace("2026-03-31", dueSoon)).expect(200);

        JsonNode queued = agency.owner().get("/api/v1/queue").expect(200).json().path("items");
        JsonNode overdue = queued.findParents("kind").stream()
                .filter(i -> i.path("kind").asText().equals("invoice_overdue")).findFirst().orElseThrow();
        assertThat(overdue.path("subjectType").asText()).isEqualTo("invoice");
        assertThat(overdue.path("why").asText()).contains("200.00 EUR still due");
        agency.owner().post("/api/v1/queue/" + overdue.path("id").asText() + "/acknowledgement").expect(200);
        assertThat(agency.owner().get("/api/v1/queue").expect(200).json().path("items").findValuesAsText("kind"))
                .doesNotContain("invoice_overdue");
        JsonNode due = agency.owner().get("/api/v1/due?within=7d").expect(200).json().path("items");
        assertThat(due.findParents("type").stream().filter(i -> i.path("type").asText().equals("invoice"))
                .map(i -> i.path("dueDate").asText()).toList()).containsExactly(dueSoon);
        String client = acme.path("id").asText();
        JsonNode handoff = agency.owner().get("/api/v1/clients/" + client + "/handoff").expect(200).json();
        assertThat(handoff.path("invoices").findValuesAsText("status")).containsExactlyInAnyOrder("overdue",
                "issued");
        assertThat(handoff.path("documents")).isEmpty();
        String markdown = agency.owner().call("GET", "/api/v1/clients/" + client + "/handoff")
                .header("Accept", "text/markdown").send().expect(200).body();
        assertThat(markdown).contains("## Invoices").contains("overdue, 200.00 of 500.00 EUR due");
    }

    @Test
    void badWebhooks_areRefused_andNothingIsStored() {
        Agency agency = PORTAL.newAgency();
        String prefix = agency.client("Acme", "onboarding").path("taskKeyPrefix").asText();
        String good = invoiceEvent("evt_1", "invoice.issued", Instant.now(), prefix, "\"10\"", "\"10\"");
        deliver(agency, good).expectProblem(404, "not-found");
        agency.owner().put("/api/v1/integrations/klevar-docs", Map.of("secret", SECRET, "enabled", false))
                .expect(200);
        deliver(agency, good).expectProblem(404, "not-found");
        connect(agency, null);

        agency.owner().anonymous().call("POST", "/api/v1/webhooks/klevar-docs/" + agency.slug())
                .body("application/json", good).send().expectProblem(401, "webhook.signature-invalid");
        deliver(agency, good, Instant.now(), "another secret of the same length").expectProblem(401,
                "webhook.signature-invalid");
        deliver(agency, good, Instant.now().minus(Duration.ofMinutes(6)), SECRET).expectProblem(401,
                "webhook.timestamp-outside-window");
        deliver(agency, "{\"id\": \"evt_1\", ").expectProblem(400, "malformed-json");
        deliver(agency, good.replace("invoice.issued", "invoice.refunded")).expectProblem(400, "validation");
        JsonNode numbers = deliver(agency, invoiceEvent("evt_1", "invoice.issued", Instant.now(), prefix, "10.5",
                "10.5")).expectClientErrorProblem();
        assertThat(numbers.toString()).contains("total");
        JsonNode fields = deliver(agency, invoiceEvent("evt_1", "invoice.issued", Instant.now(), prefix,
                "\"10.123456\"", "\"11\"").replace("EUR", "eur")).expectProblem(400, "validation");
        assertThat(fields.path("errors").findValuesAsText("field")).containsExactly("data.currency", "data.total");
        deliver(agency, "{\"id\": \"evt_9\"}").expectProblem(400, "validation");

        assertThat(agency.owner().get("/api/v1/invoices").expect(200).json().path("items")).isEmpty();
        assertThat(deliver(agency, good).expect(200).json().path("outcome").asText())
                .as("no refused delivery took the event's id").isEqualTo("applied");
    }

    @Test
    void aPull_refreshesTheCopyFromDocs_andDocsDownOrSlow_answers503_whileTheCopyServes() {
        Agency agency = PORTAL.newAgency();
        JsonNode acme = agency.client("Globex", "onboarding");
        String client = acme.path("id").asText();
        String prefix = acme.path("taskKeyPrefix").asText();
        String refresh = "/api/v1/clients/" + client + "/documents/refresh";
        agency.owner().post(refresh).expectProblem(409, "klevar-docs.no-api-key");
        connect(agency, API_KEY);
        Instant now = Instant.now();
        DOCS.put(new DocsFacts(DocsKind.INVOICE, "inv_pull_" + prefix, prefix, "April retainer", Optional.empty(),
                DocsStatus.ISSUED, Optional.of(DocsAmounts.of(Currency.getInstance("EUR"), new BigDecimal("99.90"),
                new BigDecimal("99.90"))), Optional.empty(), Optional.empty(), true, now));
        DOCS.put(new DocsFacts(DocsKind.DOCUMENT, "doc_pull_" + prefix, prefix, "Contract", Optional.empty(),
                DocsStatus.SIGNED, Optional.empty(), Optional.empty(), Optional.empty(), true, now));

        JsonNode pulled = agency.owner().post(refresh).expect(200).json();
        JsonNode again = agency.owner().post(refresh).expect(200).json();

        assertThat(pulled.path("invoices").asInt()).isEqualTo(1);
        assertThat(pulled.path("documents").asInt()).isEqualTo(1);
        assertThat(pulled.path("applied").asInt()).isEqualTo(2);
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);
        String invoice = agency.owner().get("/api/v1/invoices").expect(200).json().path("items").get(0).path("id")
                .asText();
        DOCS.put(new DocsFacts(DocsKind.INVOICE, "inv_pull_" + prefix, prefix, "April retainer", Optional.empty(),
                DocsStatus.PAID, Optional.of(DocsAmounts.of(Currency.getInstance("EUR"), new BigDecimal("99.90"),
                BigDecimal.ZERO)), Optional.empty(), Optional.empty(), true, now.plusSeconds(1)));
        assertThat(agency.owner().post("/api/v1/invoices/" + invoice + "/refresh").expect(200).json().path("status")
                .asText()).isEqualTo("paid");

        DOCS.delay(Duration.ofSeconds(2));
        long started = System.nanoTime();
        agency.owner().post(refresh).expectProblem(503, "dependency-unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        DOCS.delay(Duration.ZERO);
        DOCS.goDown();
        agency.owner().post("/api/v1/invoices/" + invoice + "/refresh").expectProblem(503, "dependency-unavailable");
        assertThat(agency.owner().get("/api/v1/invoices/" + invoice).expect(200).json().path("status").asText())
                .isEqualTo("paid");
        DOCS.comeUp();
        agency.owner().put("/api/v1/integrations/klevar-docs", Map.of("enabled", true, "apiKey",
                "a wrong api key, twenty-four+")).expect(200);
        JsonNode refused = agency.owner().post(refresh).expectProblem(503, "dependency-unavailable");
        assertThat(refused.path("detail").asText()).contains("API key").doesNotContain("twenty-four+");
    }
}
