package org.clientportal.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.TransitionNotAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReportTest {

    /** The lifecycle as documented in docs/domain.md, written out independently of the table. */
    private static final Map<ReportStatus, Set<ReportStatus>> DOCUMENTED = Map.of(
            ReportStatus.DRAFT, Set.of(ReportStatus.IN_REVIEW, ReportStatus.DISCARDED),
            ReportStatus.IN_REVIEW, Set.of(ReportStatus.DRAFT, ReportStatus.APPROVED, ReportStatus.DISCARDED),
            ReportStatus.APPROVED, Set.of(ReportStatus.IN_REVIEW, ReportStatus.PUBLISHED, ReportStatus.DISCARDED),
            ReportStatus.PUBLISHED, Set.of(),
            ReportStatus.DISCARDED, Set.of());

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant LATER = T0.plusSeconds(3600);
    private static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.parse("2026-10-01"),
            LocalDate.parse("2026-10-31"));

    static Stream<Arguments> everyPair() {
        return Stream.of(ReportStatus.values())
                .flatMap(from -> Stream.of(ReportStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void everyPairIsAllowedExactlyWhenDocumented(ReportStatus from, ReportStatus to) {
        Report report = inStatus(from);
        if (DOCUMENTED.get(from).contains(to)) {
            Report moved = report.movedTo(to, LATER);
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isEqualTo(report.version() + 1);
            assertThat(moved.updatedAt()).isEqualTo(LATER);
        } else {
            assertThatThrownBy(() -> report.movedTo(to, LATER))
                    .isInstanceOfSatisfying(TransitionNotAllowed.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo("report.transition-not-allowed");
                        assertThat(refusal.allowed()).containsExactlyInAnyOrderElementsOf(
                                DOCUMENTED.get(from).stream().map(s -> s.name().toLowerCase()).toList());
                    });
        }
    }

    @Test
    void aReportStartsAsADraftAtVersionOne_unpublished_unacknowledged() {
        Report draft = aDraft();

        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.publishedAt()).isEmpty();
        assertThat(draft.acknowledgements()).isEmpty();
        assertThat(draft.isVisibleToClient()).isFalse();
    }

    @Test
    void publishing_recordsWhen_andMakesItVisibleToTheClient() {
        Report published = inStatus(ReportStatus.APPROVED).movedTo(ReportStatus.PUBLISHED, LATER);

        assertThat(published.publishedAt()).contains(LATER);
        assertThat(published.isVisibleToClient()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"DRAFT", "IN_REVIEW"})
    void aDraftOrAReportInReview_canBeEdited(ReportStatus status) {
        Report report = inStatus(status);

        Report edited = report.edited("October, reviewed", "# October\n\nAll done.", LATER);

        assertThat(edited.title()).isEqualTo("October, reviewed");
        assertThat(edited.body()).isEqualTo("# October\n\nAll done.");
        assertThat(edited.status()).isEqualTo(status);
        assertThat(edited.version()).isEqualTo(report.version() + 1);
    }

    @ParameterizedTest
    @EnumSource(value = ReportStatus.class, names = {"APPROVED", "PUBLISHED", "DISCARDED"})
    void onceApprovedPublishedOrDiscarded_aReportCannotBeEdited(ReportStatus status) {
        Report report = inStatus(status);

        assertThatThrownBy(() -> report.edited(report.title(), "Something else", LATER))
                .isInstanceOfSatisfying(RuleViolated.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(Report.NOT_EDITABLE);
                    assertThat(refusal.getMessage()).contains(status.name().toLowerCase());
                });
    }

    @Test
    void anEditThatChangesNothing_isTheSameReport_evenWhenItCouldNotBeEdited() {
        Report published = inStatus(ReportStatus.PUBLISHED);

        assertThat(published.edited(published.title(), published.body(), LATER)).isSameAs(published);
    }

    @Test
    void eachContactAcknowledgesOnce() {
        ContactId dana = new ContactId(UUID.randomUUID());
        Report published = inStatus(ReportStatus.PUBLISHED);

        ReportAcknowledgement first = published.acknowledgementBy(dana, "Dana", LATER).orElseThrow();
        Report acknowledged = published.withAcknowledgement(first);

        assertThat(acknowledged.acknowledgements()).containsExactly(first);
        assertThat(acknowledged.acknowledgementBy(dana, "Dana", LATER.plusSeconds(60))).isEmpty();
        assertThat(acknowledged.acknowledgementBy(new ContactId(UUID.randomUUID()), "Eli", LATER)).isPresent();
        assertThat(acknowledged.version()).isEqualTo(published.version());
    }

    @Test
    void anUnpublishedReport_cannotBeAcknowledged() {
        Report approved = inStatus(ReportStatus.APPROVED);

        assertThatThrownBy(() -> approved.acknowledgementBy(new ContactId(UUID.randomUUID()), "Dana", LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPeriodRunsForwardOverAtMostAYearAndADay() {
        LocalDate start = LocalDate.parse("2026-01-01");

        assertThat(new ReportPeriod(start, start).contains(start)).isTrue();
        assertThat(new ReportPeriod(start, start.plusDays(365)).to()).isEqualTo(start.plusDays(365));
        assertThatThrownBy(() -> new ReportPeriod(start, start.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportPeriod(start, start.plusDays(366)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OCTOBER.contains(LocalDate.parse("2026-11-01"))).isFalse();
    }

    private static Report aDraft() {
        return Report.draft(new ReportId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                new ClientId(UUID.randomUUID()), Optional.empty(), OCTOBER, "October", "# October\n", "operator:1",
                T0);
    }

    /** A report brought to the status along documented moves. */
    private static Report inStatus(ReportStatus status) {
        Report draft = aDraft();
        return switch (status) {
            case DRAFT -> draft;
            case IN_REVIEW -> draft.movedTo(ReportStatus.IN_REVIEW, T0);
            case APPROVED -> draft.movedTo(ReportStatus.IN_REVIEW, T0).movedTo(ReportStatus.APPROVED, T0);
            case PUBLISHED -> draft.movedTo(ReportStatus.IN_REVIEW, T0).movedTo(ReportStatus.APPROVED, T0)
                    .movedTo(ReportStatus.PUBLISHED, T0);
            case DISCARDED -> draft.movedTo(ReportStatus.DISCARDED, T0);
        };
    }
}
