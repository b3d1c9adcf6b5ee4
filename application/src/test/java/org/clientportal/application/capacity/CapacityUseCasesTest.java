package org.clientportal.application.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.junit.jupiter.api.Test;

/** Time and capacity: entries logged and corrected, budgets per period, crossings raised once, the client's view. */
class CapacityUseCasesTest {

    /** The fake clock's day. */
    private static final String TODAY = "2026-01-05";

    private final TestAgency agency = new TestAgency();
    private final CapacityFeature capacity = agency.features.capacity;
    private final Client acme = agency.client("Acme");
    private final Project site = agency.project(acme, "Site");
    private final Task logo = agency.task(site, "Logo");

    private TimeEntry log(Actor actor, Client client, long minutes, String date) {
        return capacity.logTime().execute(actor, new LogTimeCommand(client.id().toString(), null, null, minutes, date,
                null, null, null));
    }

    private CapacityBudget monthly(String hours, boolean visible) {
        return capacity.setBudget().execute(agency.owner, acme.id().toString(),
                new BudgetCommand(new BigDecimal(hours), "month", "2026-01-01", null, visible));
    }

    private List<String> crossings() {
        return agency.fakes.auditTrail.all().stream().map(e -> e.action()).filter(a -> a.startsWith("capacity."))
                .toList();
    }

    private PeriodUse current() {
        return capacity.getCapacity().execute(agency.owner, acme.id().toString(), null, null).budgets().get(0)
                .periods().get(0);
    }

    private static List<String> fields(Throwable e) {
        return ((ValidationFailed) e).fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void capacityOfSeveralClients_answersThoseWithABudget_inTheOrderAsked_asOfToday() {
        Client globex = agency.client("Globex");
        Client initech = agency.client("Initech");
        monthly("10", false);
        capacity.setBudget().execute(agency.owner, initech.id().toString(),
                new BudgetCommand(new BigDecimal("4"), "week", "2026-01-05", null, false));
        log(agency.owner, acme, 120, TODAY);

        List<ClientCapacity> both = capacity.getCapacityOfClients().execute(agency.owner,
                List.of(initech.id(), globex.id(), acme.id()));

        assertThat(both).extracting(ClientCapacity::clientId).containsExactly(initech.id(), acme.id());
        assertThat(both.get(1).budgets().get(0).periods().get(0).used().minutes()).isEqualTo(120);
        assertThat(both.get(1).budgets().get(0).periods()).hasSize(1);
        assertThat(capacity.getCapacityOfClients().execute(agency.owner, List.of())).isEmpty();
    }

    @Test
    void capacityOfMoreClientsThanAnOverviewShows_isRefused_beforeAnythingIsRead() {
        List<ClientId> tooMany = IntStream.rangeClosed(0, GetCapacityOfClients.MAX_CLIENTS)
                .mapToObj(i -> acme.id()).toList();

        assertThatThrownBy(() -> capacity.getCapacityOfClients().execute(agency.owner, tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
    }

    @Test
    void timeOnATask_isOnItsProjectToo_billableByDefault_andAudited() {
        TimeEntry entry = capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(), null,
                logo.key().value(), 90L, TODAY, "Sketches", null, null));

        assertThat(entry.projectId()).contains(site.id());
        assertThat(entry.task()).hasValueSatisfying(t -> assertThat(t.key()).isEqualTo(logo.key()));
        assertThat(entry.spent().billable()).isTrue();
        assertThat(entry.operatorId().toString()).isEqualTo(TestAgency.operatorIdOf(agency.owner));
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> assertThat(e.action()).isEqualTo("time-entry.logged"));
    }

    @Test
    void badTime_isRefusedNamingEveryField_andNothingIsWritten() {
        assertThatThrownBy(() -> capacity.logTime().execute(agency.owner, new LogTimeCommand("nope", "nope", "acme",
                0L, "2026-01-09", "x".repeat(2001), null, "nope")))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("clientId", "projectId", "taskKey",
                        "operatorId", "minutes", "date", "note"));
        assertThatThrownBy(() -> capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(),
                null, null, null, null, null, null, null)))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("minutes", "date"));
        assertThat(capacity.listTimeEntries().execute(agency.owner, new TimeEntryFilters(null, null, null, null, null,
                null, null), PageInput.firstPage()).items()).isEmpty();
    }

    @Test
    void aTaskOrProjectOfAnotherClient_isBadInput_andAnUnknownOne_notFound() {
        Client other = agency.client("Other");
        Project elsewhere = agency.project(other, "Elsewhere");

        assertThatThrownBy(() -> capacity.logTime().execute(agency.owner, new LogTimeCommand(other.id().toString(),
                null, logo.key().value(), 30L, TODAY, null, null, null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("taskKey");
        assertThatThrownBy(() -> capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(),
                elsewhere.id().toString(), logo.key().value(), 30L, TODAY, null, null, null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("another project");
        assertThatThrownBy(() -> capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(),
                elsewhere.id().toString(), null, 30L, TODAY, null, null, null)))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("projectId");
        assertThatThrownBy(() -> capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(),
                null, "ACME-999", 30L, TODAY, null, null, null))).isInstanceOf(NotFound.class);
    }

    @Test
    void noTimeForAnOffboardedClient() {
        Client gone = agency.clientIn("offboarded");

        assertThatThrownBy(() -> log(agency.owner, gone, 30, TODAY)).isInstanceOf(RuleViolated.class)
                .hasMessageContaining("offboarded");
    }

    @Test
    void aMember_changesOnlyTheirOwnTime_anAdminAnyones_andAViewerLogsNone() {
        Actor member = agency.operatorWithRole("member");
        Actor other = agency.operatorWithRole("member");
        Actor admin = agency.operatorWithRole("admin");
        TimeEntry mine = log(member, acme, 60, TODAY);

        assertThatThrownBy(() -> capacity.changeTimeEntry().execute(other, mine.id().toString(),
                new TimeEntryChanges(Change.to(30L), Change.keep(), Change.keep(), Change.keep(), Optional.empty())))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("another operator");
        assertThatThrownBy(() -> capacity.deleteTimeEntry().execute(other, mine.id().toString(), Optional.empty()))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> capacity.logTime().execute(other, new LogTimeCommand(acme.id().toString(), null, null,
                30L, TODAY, null, null, TestAgency.operatorIdOf(member)))).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> log(agency.operatorWithRole("viewer"), acme, 30, TODAY))
                .isInstanceOf(AccessDenied.class);

        TimeEntry corrected = capacity.changeTimeEntry().execute(admin, mine.id().toString(),
                new TimeEntryChanges(Change.to(45L), Change.keep(), Change.to("Call"), Change.to(false), Optional.of(1L)));
        assertThat(corrected.spent().minutes()).isEqualTo(45);
        assertThat(corrected.spent().billable()).isFalse();
        assertThat(corrected.version()).isEqualTo(2);
        assertThatThrownBy(() -> capacity.deleteTimeEntry().execute(member, mine.id().toString(), Optional.of(1L)))
                .isInstanceOf(StaleVersion.class);
        capacity.deleteTimeEntry().execute(member, mine.id().toString(), Optional.of(2L));
        assertThatThrownBy(() -> capacity.deleteTimeEntry().execute(member, mine.id().toString(), Optional.empty()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aCorrection_cannotClearMinutesDateOrBilling() {
        TimeEntry entry = log(agency.owner, acme, 60, TODAY);

        assertThatThrownBy(() -> capacity.changeTimeEntry().execute(agency.owner, entry.id().toString(),
                new TimeEntryChanges(Change.to(null), Change.to(null), Change.to(null), Change.to(null),
                        Optional.empty())))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("minutes", "date", "billable"));
    }

    @Test
    void theList_filtersByClientOperatorDaysAndBilling_newestDayFirst() {
        Actor member = agency.operatorWithRole("member");
        log(agency.owner, acme, 30, "2026-01-02");
        log(member, acme, 40, "2026-01-04");
        log(agency.owner, agency.client("Other"), 50, "2026-01-03");

        assertThat(capacity.listTimeEntries().execute(agency.owner, new TimeEntryFilters(acme.id().toString(), null,
                null, null, null, null, null), PageInput.firstPage()).items())
                .extracting(e -> e.spent().minutes()).containsExactly(40, 30);
        assertThat(capacity.listTimeEntries().execute(member, new TimeEntryFilters(null, null, null, "me", null, null,
                null), PageInput.firstPage()).items()).extracting(e -> e.spent().minutes()).containsExactly(40);
        assertThat(capacity.listTimeEntries().execute(agency.owner, new TimeEntryFilters(null, null, null, null,
                "2026-01-03", "2026-01-03", "true"), PageInput.firstPage()).items())
                .extracting(e -> e.spent().minutes()).containsExactly(50);
        assertThatThrownBy(() -> capacity.listTimeEntries().execute(agency.owner, new TimeEntryFilters(null, null,
                null, null, "2026-01-04", "2026-01-03", "maybe"), PageInput.firstPage()))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("to", "billable"));
    }

    @Test
    void eachPeriod_showsItsHoursUsedAndLeft() {
        monthly("10", false);
        log(agency.owner, acme, 120, "2026-01-02");
        capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(), null, null, 60L, TODAY,
                null, false, null));
        log(agency.owner, agency.client("Other"), 300, TODAY);

        PeriodUse january = current();

        assertThat(january.period().start()).hasToString("2026-01-01");
        assertThat(january.period().end()).hasToString("2026-01-31");
        assertThat(january.used()).isEqualTo(new UsedTime(180, 120));
        assertThat(january.remainingMinutes()).isEqualByComparingTo("420");
        assertThat(january.percentUsed()).isEqualByComparingTo("30.0");
    }

    @Test
    void crossing80And100Percent_isRaisedOncePerPeriod_evenWhenEditedDownAndUpAgain() {
        monthly("10", false);
        TimeEntry big = log(agency.owner, acme, 470, TODAY);
        assertThat(crossings()).isEmpty();

        log(agency.owner, acme, 10, TODAY);
        assertThat(crossings()).containsExactly("capacity.warning");

        capacity.changeTimeEntry().execute(agency.owner, big.id().toString(), new TimeEntryChanges(Change.to(60L),
                Change.keep(), Change.keep(), Change.keep(), Optional.empty()));
        capacity.changeTimeEntry().execute(agency.owner, big.id().toString(), new TimeEntryChanges(Change.to(590L),
                Change.keep(), Change.keep(), Change.keep(), Optional.empty()));
        assertThat(crossings()).containsExactly("capacity.warning", "capacity.exceeded");
        assertThat(current().warningRaisedAt()).isPresent();
        assertThat(current().exceededRaisedAt()).isPresent();

        log(agency.owner, acme, 600, "2026-01-04");
        assertThat(crossings()).hasSize(2);
    }

    @Test
    void aBudgetSetOrLowered_belowWhatThePeriodHolds_raisesItsCrossingsAtOnce() {
        log(agency.owner, acme, 300, TODAY);
        CapacityBudget budget = monthly("6", false);
        assertThat(crossings()).containsExactly("capacity.warning");

        capacity.changeBudget().execute(agency.owner, budget.id().toString(), new BudgetChanges(
                Change.to(new BigDecimal("5")), Change.keep(), Change.keep(), Optional.of(1L)));
        assertThat(crossings()).containsExactly("capacity.warning", "capacity.exceeded");
    }

    @Test
    void onlyOwnersAndAdmins_setBudgets_andBadTermsNameTheirField() {
        assertThatThrownBy(() -> capacity.setBudget().execute(agency.operatorWithRole("member"), acme.id().toString(),
                new BudgetCommand(BigDecimal.TEN, null, null, null, null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> capacity.setBudget().execute(agency.owner, acme.id().toString(),
                new BudgetCommand(new BigDecimal("0.001"), "yearly", "soon", "later", null)))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("hours", "period", "startsOn", "endsOn"));
        assertThatThrownBy(() -> capacity.setBudget().execute(agency.owner, acme.id().toString(),
                new BudgetCommand(BigDecimal.TEN, "custom", TODAY, null, null)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("endsOn"));
        assertThatThrownBy(() -> capacity.setBudget().execute(agency.owner, acme.id().toString(),
                new BudgetCommand(BigDecimal.TEN, "week", TODAY, "2026-01-01", null)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("endsOn"));
        assertThatThrownBy(() -> capacity.setBudget().execute(agency.owner, "00000000-0000-0000-0000-000000000000",
                new BudgetCommand(BigDecimal.TEN, null, null, null, null))).isInstanceOf(NotFound.class);
    }

    @Test
    void aClientHasAtMostTwentyBudgets() {
        for (int i = 0; i < 20; i++) {
            monthly("1", false);
        }

        assertThatThrownBy(() -> monthly("1", false)).isInstanceOf(RuleViolated.class).hasMessageContaining("20");
        assertThat(capacity.listBudgets().execute(agency.owner, acme.id().toString())).hasSize(20);
    }

    @Test
    void aDeletedBudget_isGone_withItsCrossings() {
        CapacityBudget budget = monthly("1", false);
        log(agency.owner, acme, 60, TODAY);

        capacity.deleteBudget().execute(agency.owner, budget.id().toString(), Optional.of(1L));

        assertThat(capacity.getCapacity().execute(agency.owner, acme.id().toString(), null, null).budgets()).isEmpty();
        assertThat(agency.fakes.budgets.crossingsOf(agency.owner.tenantId(), List.of(budget.id()))).isEmpty();
    }

    @Test
    void theClientsContacts_seeOnlyTheBudgetsMadeVisible_withTotals() {
        monthly("10", true);
        monthly("99", false);
        log(agency.owner, acme, 120, TODAY);
        Actor ada = agency.signedInContact(acme, "Ada");

        ClientCapacity seen = capacity.getSharedCapacity().execute(ada, null, null);

        assertThat(seen.budgets()).singleElement().satisfies(use -> {
            assertThat(use.budget().terms().hours()).isEqualByComparingTo("10");
            assertThat(use.periods()).singleElement().satisfies(p -> {
                assertThat(p.used().minutes()).isEqualTo(120);
                assertThat(p.warningRaisedAt()).isEmpty();
            });
        });
    }

    @Test
    void aCapacityRange_isAtMostAYearAndADay_andEndsOnOrAfterItStarts() {
        monthly("10", false);

        ClientCapacity year = capacity.getCapacity().execute(agency.owner, acme.id().toString(), "2026-01-01",
                "2026-12-31");
        assertThat(year.budgets().get(0).periods()).hasSize(12);
        assertThatThrownBy(() -> capacity.getCapacity().execute(agency.owner, acme.id().toString(), "2026-01-01",
                "2027-01-02")).hasMessageContaining("366 days");
        assertThatThrownBy(() -> capacity.getCapacity().execute(agency.owner, acme.id().toString(), "2026-02-01",
                "2026-01-01")).hasMessageContaining("on or after");
    }

    @Test
    void aBudgetChange_namesWhatIsWrong_andAStaleOrUnknownBudgetIsRefused() {
        CapacityBudget custom = capacity.setBudget().execute(agency.owner, acme.id().toString(),
                new BudgetCommand(BigDecimal.TEN, "custom", "2026-01-01", "2026-03-31", null));
        String id = custom.id().toString();

        assertThatThrownBy(() -> capacity.changeBudget().execute(agency.owner, id, new BudgetChanges(
                Change.to(BigDecimal.ZERO), Change.keep(), Change.to(null), Optional.empty())))
                .satisfies(e -> assertThat(fields(e)).containsExactlyInAnyOrder("hours", "clientVisible"));
        assertThatThrownBy(() -> capacity.changeBudget().execute(agency.owner, id, new BudgetChanges(
                Change.keep(), Change.to(null), Change.keep(), Optional.empty())))
                .satisfies(e -> assertThat(fields(e)).containsExactly("endsOn"));
        assertThatThrownBy(() -> capacity.changeBudget().execute(agency.owner, id, new BudgetChanges(
                Change.to(BigDecimal.ONE), Change.keep(), Change.keep(), Optional.of(2L))))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> capacity.deleteBudget().execute(agency.owner, id, Optional.of(2L)))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> capacity.changeBudget().execute(agency.owner, "00000000-0000-0000-0000-000000000000",
                new BudgetChanges(Change.to(BigDecimal.ONE), Change.keep(), Change.keep(), Optional.empty())))
                .isInstanceOf(NotFound.class);
        assertThat(capacity.listBudgets().execute(agency.owner, acme.id().toString())).containsExactly(custom);
    }

    @Test
    void anAdmin_logsTimeAsAnotherOperatorOfTheAgency_only() {
        Actor admin = agency.operatorWithRole("admin");
        Actor member = agency.operatorWithRole("member");
        String memberId = TestAgency.operatorIdOf(member);

        TimeEntry forMember = capacity.logTime().execute(admin, new LogTimeCommand(acme.id().toString(), null, null,
                30L, TODAY, null, null, memberId));

        assertThat(forMember.operatorId().toString()).isEqualTo(memberId);
        assertThatThrownBy(() -> capacity.logTime().execute(admin, new LogTimeCommand(acme.id().toString(), null,
                null, 30L, TODAY, null, null, "00000000-0000-0000-0000-000000000000")))
                .satisfies(e -> assertThat(fields(e)).containsExactly("operatorId"));
    }

    @Test
    void theCapacityOfAnUnknownClient_isNotFound_forTheAgency() {
        assertThatThrownBy(() -> capacity.getCapacity().execute(agency.owner, "00000000-0000-0000-0000-000000000000",
                null, null)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> capacity.listBudgets().execute(agency.owner, "nope")).isInstanceOf(NotFound.class);
    }
}
