package org.clientportal.application.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.PlainWebhookSignatures;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

/** Klevar Docs over the fakes: the settings, signed webhooks once per event, the copy, and the pulls. */
class DocsUseCasesTest {

    private static final String SECRET = "a webhook secret of some length";
    private static final String BODY = "{\"the raw body\": true}";

    private final TestAgency agency = new TestAgency();
    private final DocsFeature docs = agency.features.docs;
    private final Client acme = agency.clientIn("onboarding");

    private String slug() {
        return agency.registration.tenant().slug().value();
    }

    private void connect(String apiKey) {
        docs.configureIntegration().execute(agency.owner, new DocsIntegrationCommand(SECRET, true, apiKey,
                Optional.empty()));
    }

    private WebhookDelivery signed(String body, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new WebhookDelivery(slug(), timestamp, PlainWebhookSignatures.sign(SECRET, timestamp, bytes), bytes);
    }

    private ReceiveDocsEvent.Receipt deliver(String eventId, String type, Instant occurredAt, DocsFactsInput data) {
        VerifiedWebhook verified = docs.verifyWebhook().execute(signed(BODY, agency.fakes.clock.now()));
        return docs.receiveEvent().execute(verified, new DocsEventInput(eventId, type, occurredAt.toString(), data),
                "req-" + eventId);
    }

    private DocsFactsInput invoice(String reference, String total, String due, boolean shared) {
        return new DocsFactsInput("inv_1", reference, "March retainer", "2026-031", "EUR", total, due, "2026-03-31",
                "https://docs.example/inv_1", shared);
    }

    private List<DocsRecord> invoices(Actor actor, String status) {
        return docs.listDocs().execute(actor, DocsKind.INVOICE, null, status, PageInput.firstPage()).items();
    }

    @Test
    void aSignedEvent_updatesTheCopy_once_andAnOlderOneChangesNothing() {
        connect(null);
        Instant t0 = agency.fakes.clock.now();
        String prefix = acme.taskKeyPrefix().value().toLowerCase();

        ReceiveDocsEvent.Receipt issued = deliver("evt_1", "invoice.issued", t0, invoice(prefix, "1250.10", null,
                true));
        ReceiveDocsEvent.Receipt paid = deliver("evt_2", "invoice.paid", t0.plusSeconds(60),
                invoice(prefix, "1250.10", "0", true));
        ReceiveDocsEvent.Receipt replay = deliver("evt_1", "invoice.issued", t0, invoice(prefix, "1250.10", null,
                true));
        ReceiveDocsEvent.Receipt late = deliver("evt_3", "invoice.overdue", t0.plusSeconds(30),
                invoice(prefix, "1250.10", null, true));

        assertThat(List.of(issued.outcome(), paid.outcome(), replay.outcome(), late.outcome()))
                .containsExactly(DocsOutcome.APPLIED, DocsOutcome.APPLIED, DocsOutcome.DUPLICATE, DocsOutcome.UNCHANGED);
        assertThat(invoices(agency.owner, null)).singleElement().satisfies(record -> {
            assertThat(record.clientId()).contains(acme.id());
            assertThat(record.facts().status()).isEqualTo(DocsStatus.PAID);
            assertThat(record.facts().amounts().orElseThrow().total().amount()).isEqualByComparingTo("1250.10");
            assertThat(record.facts().amounts().orElseThrow().due().amount()).isEqualByComparingTo("0");
            assertThat(record.facts().dueDate()).contains(LocalDate.parse("2026-03-31"));
        });
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.action().equals("invoice.synced"))
                .hasSize(2).allSatisfy(e -> assertThat(e.actor()).isEqualTo("integration:klevar-docs"));
        assertThat(invoices(agency.owner, "paid")).hasSize(1);
        assertThat(invoices(agency.owner, "issued")).isEmpty();
    }

    @Test
    void contactsSee_theirClientsClientVisibleRecords_only_andOperatorsSeeUnmatchedOnes() {
        connect(null);
        Client other = agency.clientIn("onboarding");
        Instant t0 = agency.fakes.clock.now();
        deliver("evt_1", "invoice.issued", t0, invoice(acme.id().toString(), "10", null, true));
        deliver("evt_2", "document.created", t0, new DocsFactsInput("doc_1", acme.taskKeyPrefix().value(),
                "Statement of work", null, null, null, null, null, null, false));
        deliver("evt_3", "document.created", t0, new DocsFactsInput("doc_2", other.taskKeyPrefix().value(),
                "Their contract", null, null, null, null, null, null, true));
        deliver("evt_4", "document.signed", t0, new DocsFactsInput("doc_3", "NOBODY", "Stray", null, null, null,
                null, null, null, true));
        Actor ada = agency.signedInContact(acme, "Ada", "view");

        assertThat(docs.listSharedDocs().execute(ada, DocsKind.INVOICE, PageInput.firstPage()).items())
                .extracting(r -> r.facts().externalId()).containsExactly("inv_1");
        assertThat(docs.listSharedDocs().execute(ada, DocsKind.DOCUMENT, PageInput.firstPage()).items()).isEmpty();
        List<DocsRecord> documents = docs.listDocs().execute(agency.operatorWithRole("viewer"), DocsKind.DOCUMENT,
                null, null, PageInput.firstPage()).items();
        assertThat(documents).extracting(r -> r.facts().externalId()).containsExactlyInAnyOrder("doc_1", "doc_2",
                "doc_3");
        assertThat(documents).filteredOn(r -> r.facts().externalId().equals("doc_3")).singleElement()
                .satisfies(r -> assertThat(r.clientId()).isEmpty());
        assertThat(docs.listDocs().execute(agency.owner, DocsKind.DOCUMENT, acme.id().toString(), null,
                PageInput.firstPage()).items()).extracting(r -> r.facts().externalId()).containsExactly("doc_1");
        DocsRecord invoice = invoices(agency.owner, null).get(0);
        assertThat(docs.getRecord().execute(agency.owner, DocsKind.INVOICE, invoice.id().toString())).isEqualTo(invoice);
        assertThatThrownBy(() -> docs.getRecord().execute(agency.owner, DocsKind.DOCUMENT, invoice.id().toString()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aWebhook_isRefused_unlessItsAgencyTakesThem_andItIsSignedWithTheSecret_withinFiveMinutes() {
        Instant now = agency.fakes.clock.now();
        assertThatThrownBy(() -> docs.verifyWebhook().execute(signed(BODY, now))).isInstanceOf(NotFound.class);
        docs.configureIntegration().execute(agency.owner, new DocsIntegrationCommand(SECRET, false, null,
                Optional.empty()));
        assertThatThrownBy(() -> docs.verifyWebhook().execute(signed(BODY, now))).isInstanceOf(NotFound.class);
        connect(null);

        assertThat(refusal(new WebhookDelivery(slug(), null, null, BODY.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(WebhookRefused.SIGNATURE_INVALID);
        assertThat(refusal(signed(BODY, now.minus(Duration.ofMinutes(6))))).isEqualTo(
                WebhookRefused.TIMESTAMP_OUTSIDE_WINDOW);
        assertThat(refusal(signed(BODY, now.plus(Duration.ofMinutes(6))))).isEqualTo(
                WebhookRefused.TIMESTAMP_OUTSIDE_WINDOW);
        WebhookDelivery good = signed(BODY, now);
        assertThat(refusal(new WebhookDelivery(slug(), good.timestamp(), good.signature(),
                "{\"tampered\": true}".getBytes(StandardCharsets.UTF_8)))).isEqualTo(WebhookRefused.SIGNATURE_INVALID);
        assertThat(refusal(new WebhookDelivery(slug(), "yesterday", good.signature(), good.body())))
                .isEqualTo(WebhookRefused.TIMESTAMP_OUTSIDE_WINDOW);
        assertThatThrownBy(() -> docs.verifyWebhook().execute(new WebhookDelivery("no-such-agency", good.timestamp(),
                good.signature(), good.body()))).isInstanceOf(NotFound.class);
        assertThat(docs.verifyWebhook().execute(signed(BODY, now.minus(Duration.ofMinutes(4)))).tenantId())
                .isEqualTo(agency.owner.tenantId());
    }

    private String refusal(WebhookDelivery delivery) {
        return catchThrowableOfType(WebhookRefused.class, () -> docs.verifyWebhook().execute(delivery)).code();
    }

    @Test
    void aBadEvent_isRefusedWhole_namingEveryWrongField_andNothingIsStored() {
        connect(null);
        Instant now = agency.fakes.clock.now();

        assertThat(fields(() -> deliver("evt_1", "invoice.refunded", now, invoice("ACME", "1", null, true))))
                .containsExactly("type");
        assertThat(fields(() -> deliver("", "invoice.paid", now, invoice("ACME", "1", null, true))))
                .containsExactly("id");
        assertThat(fields(() -> docs.receiveEvent().execute(docs.verifyWebhook().execute(signed(BODY, now)),
                new DocsEventInput("evt_2", "invoice.paid", "soon", null), "r"))).containsExactly("occurredAt");
        assertThat(fields(() -> deliver("evt_3", "invoice.paid", now, null))).containsExactly("data");
        assertThat(fields(() -> deliver("evt_4", "invoice.paid", now, new DocsFactsInput("", "", "", null, "eur",
                "12.345678", "x", "31/03", "ftp://docs", true))))
                .containsExactly("data.id", "data.clientReference", "data.title", "data.currency", "data.total",
                        "data.amountDue", "data.dueDate", "data.url");
        assertThat(fields(() -> deliver("evt_5", "invoice.paid", now, invoice("ACME", "10", "11", true))))
                .containsExactly("data.amountDue");
        assertThat(fields(() -> deliver("evt_6", "invoice.paid", now, new DocsFactsInput("inv_9", "ACME", "X", null,
                null, "10", null, null, null, true)))).containsExactly("data.currency");

        assertThat(agency.fakes.docsRecords.all()).isEmpty();
        assertThat(deliver("evt_4", "invoice.paid", now, invoice("ACME", "1", null, true)).outcome())
                .as("a refused event was not taken, so its id is free").isEqualTo(DocsOutcome.APPLIED);
    }

    private List<String> fields(Runnable action) {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, action::run);
        assertThat(failed).isNotNull();
        return failed.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void theSettings_needAnOwnerOrAdmin_areVersioned_andNeverShowTheirSecrets() {
        assertThat(docs.getIntegration().execute(agency.owner)).isEqualTo(DocsIntegrationView.notSet(slug()));
        assertThatThrownBy(() -> docs.configureIntegration().execute(agency.operatorWithRole("member"),
                new DocsIntegrationCommand(SECRET, true, null, Optional.empty()))).isInstanceOf(
                AccessDenied.class);
        assertThat(fields(() -> docs.configureIntegration().execute(agency.owner,
                new DocsIntegrationCommand(null, true, null, Optional.empty())))).containsExactly("secret");
        assertThat(fields(() -> docs.configureIntegration().execute(agency.owner,
                new DocsIntegrationCommand("short", null, "also short", Optional.empty()))))
                .containsExactly("secret", "apiKey", "enabled");

        connect("an api key of twenty-four chars");
        DocsIntegrationView off = docs.configureIntegration().execute(agency.owner,
                new DocsIntegrationCommand(null, false, null, Optional.of(1L)));
        assertThatThrownBy(() -> docs.configureIntegration().execute(agency.owner,
                new DocsIntegrationCommand(null, true, null, Optional.of(1L)))).isInstanceOf(StaleVersion.class);

        assertThat(off.version()).isEqualTo(2);
        assertThat(off.enabled()).isFalse();
        assertThat(off.secretSet()).isTrue();
        assertThat(off.apiKeySet()).isTrue();
        assertThat(agency.fakes.docsIntegrations.find(agency.owner.tenantId()).orElseThrow().webhookSecret())
                .isEqualTo(SECRET);
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.entityType().equals("integration"))
                .hasSize(2).allSatisfy(e -> assertThat(e.after().orElseThrow().toString()).doesNotContain(SECRET,
                        "an api key"));
    }

    @Test
    void aPull_bringsAClientsRecordsFromDocs_withTheAgencysKey_andDocsDownLeavesTheCopyServing() {
        Instant t0 = agency.fakes.clock.now();
        String prefix = acme.taskKeyPrefix().value();
        assertThat(catchThrowableOfType(RuleViolated.class, () -> docs.refreshClient().execute(agency.owner,
                acme.id().toString())).code()).isEqualTo(DocsRejections.NO_API_KEY);
        connect("an api key of twenty-four chars");
        agency.fakes.docsApi.holds(facts(DocsKind.INVOICE, "inv_1", prefix, DocsStatus.PAID, t0));
        agency.fakes.docsApi.holds(facts(DocsKind.DOCUMENT, "doc_1", prefix, DocsStatus.SIGNED, t0));
        agency.fakes.docsApi.holds(facts(DocsKind.DOCUMENT, "doc_9", "SOMEONE", DocsStatus.OPEN, t0));

        PullSummary first = docs.refreshClient().execute(agency.owner, acme.id().toString());
        PullSummary again = docs.refreshClient().execute(agency.owner, acme.id().toString());

        assertThat(first).isEqualTo(new PullSummary(1, 1, 2, 0));
        assertThat(again).isEqualTo(new PullSummary(1, 1, 0, 2));
        assertThat(agency.fakes.docsApi.keysUsed()).containsOnly("an api key of twenty-four chars");
        DocsRecord invoice = invoices(agency.owner, "paid").get(0);
        agency.fakes.docsApi.holds(facts(DocsKind.INVOICE, "inv_1", prefix, DocsStatus.VOIDED, t0.plusSeconds(5)));
        assertThat(docs.refreshRecord().execute(agency.owner, DocsKind.INVOICE, invoice.id().toString()).facts()
                .status()).isEqualTo(DocsStatus.VOIDED);

        agency.fakes.docsApi.down(true);
        assertThatThrownBy(() -> docs.refreshClient().execute(agency.owner, acme.id().toString()))
                .isInstanceOf(DependencyUnavailable.class);
        assertThat(invoices(agency.owner, "voided")).hasSize(1);
        assertThatThrownBy(() -> docs.refreshClient().execute(agency.operatorWithRole("viewer"), acme.id().toString()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> docs.refreshClient().execute(agency.owner, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aRecordDocsNoLongerHas_isKept_andThePullSaysSo() {
        connect("an api key of twenty-four chars");
        deliver("evt_1", "invoice.issued", agency.fakes.clock.now(), invoice("ACME", "10", null, false));
        DocsRecord invoice = invoices(agency.owner, null).get(0);

        assertThat(catchThrowableOfType(RuleViolated.class, () -> docs.refreshRecord().execute(agency.owner,
                DocsKind.INVOICE, invoice.id().toString())).code()).isEqualTo(DocsRejections.RECORD_GONE);
        assertThat(invoices(agency.owner, null)).containsExactly(invoice);
    }

    private static DocsFacts facts(DocsKind kind, String id, String reference, DocsStatus status, Instant asOf) {
        return new DocsFacts(kind, id, reference, "Pulled " + id, Optional.empty(), status,
                kind == DocsKind.INVOICE ? Optional.of(DocsAmounts.of(Currency.getInstance("EUR"),
                        new BigDecimal("99.90"), BigDecimal.ZERO)) : Optional.empty(),
                Optional.empty(), Optional.empty(), true, asOf);
    }
}
