package org.clientportal.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports over the fakes: drafted from the client's view, moved by who may, read and acknowledged by contacts. */
class ReportUseCasesTest {

    private static final String DAY = "2026-01-05";

    private final TestAgency agency = new TestAgency();
    private final ReportFeature reports = agency.features.reports;
    private Client acme;
    private Project site;
    private Project internal;

    @BeforeEach
    void aClientWithSharedAndInternalWork() {
        acme = agency.client("Acme");
        site = agency.share(agency.project(acme, "Website"));
        internal = agency.project(acme, "Tooling");
        agency.move(agency.task(site, "Homepage copy", "client"), "done");
        agency.move(agency.task(site, "Margin review", "internal"), "done");
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Margins are thin", null));
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Beta is live", "client"));
        agency.fakes.clock.advance(Duration.ofHours(1));
    }

    private Report generate(Actor actor, String project, String from, String to) {
        return reports.generateReport().execute(actor, new GenerateReportCommand(acme.id().toString(), project, from,
                to, null));
    }

    private Report move(Actor actor, Report report, String to) {
        return reports.transitionReport().execute(actor, report.id().toString(),
                new TransitionCommand(to, null, Optional.empty()));
    }

    private Report published() {
        Report draft = generate(agency.owner, null, DAY, DAY);
        return move(agency.owner, move(agency.owner, move(agency.owner, draft, "in_review"), "approved"), "published");
    }

    @Test
    void aDraft_isWrittenFromWhatTheClientMaySeeOfThePeriod_onTheAgencysDays() {
        Report draft = generate(agency.operatorWithRole("member"), null, DAY, DAY);

        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.title()).isEqualTo("Acme, 2026-01-05 to 2026-01-05");
        assertThat(draft.body()).contains("done ", "Homepage copy 2026-01-05", "update Beta is live")
                .doesNotContain("Margin review", "Margins are thin");
        assertThat(agency.fakes.reportWriter.last().agencyName()).isNotEmpty();
        assertThat(generate(agency.owner, null, "2026-01-04", "2026-01-04").body())
                .doesNotContain("Homepage copy", "Beta is live");
        assertThat(generate(agency.owner, site.id().toString(), DAY, DAY).body()).startsWith("to Acme on Website");
    }

    @Test
    void whoMayNot_andWhatIsNotThere_areRefused_beforeAnythingIsDrafted() {
        assertThatThrownBy(() -> generate(agency.operatorWithRole("viewer"), null, DAY, DAY))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> generate(agency.owner, internal.id().toString(), DAY, DAY))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.code())
                        .isEqualTo(GenerateReport.PROJECT_NOT_SHARED));
        Project theirs = agency.share(agency.project(agency.client("Globex"), "Theirs"));
        assertThatThrownBy(() -> generate(agency.owner, theirs.id().toString(), DAY, DAY))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("projectId"));
        assertThatThrownBy(() -> generate(agency.owner, null, DAY, "2026-01-04"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("to"));
        assertThatThrownBy(() -> reports.generateReport().execute(agency.owner, new GenerateReportCommand(
                "00000000-0000-0000-0000-000000000000", null, DAY, DAY, null))).isInstanceOf(NotFound.class);
        assertThat(reports.listReports().execute(agency.owner, null, null, null, new PageInput(null, null, null))
                .items()).isEmpty();
    }

    @Test
    void approvingAndPublishing_takeThePublishersRight_andAnApprovedReportIsFixed() {
        Actor member = agency.operatorWithRole("member");
        Report inReview = move(member, generate(member, null, DAY, DAY), "in_review");

        assertThatThrownBy(() -> move(member, inReview, "approved")).isInstanceOf(AccessDenied.class);
        Report approved = move(agency.owner, inReview, "approved");
        assertThatThrownBy(() -> reports.editReport().execute(member, approved.id().toString(), new ReportChanges(
                Change.keep(), Change.to("Changed"), Optional.empty())))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.code()).isEqualTo(Report.NOT_EDITABLE));
        Report backInReview = move(member, approved, "in_review");
        Report edited = reports.editReport().execute(member, backInReview.id().toString(), new ReportChanges(
                Change.to("January"), Change.keep(), Optional.of(backInReview.version())));
        assertThat(edited.title()).isEqualTo("January");
        assertThat(edited.version()).isEqualTo(backInReview.version() + 1);
    }

    @Test
    void aContactReadsTheirClientsPublishedReports_andAcknowledgesOnce_withTheRightToApprove() {
        Report draft = generate(agency.owner, null, DAY, DAY);
        Report report = published();
        Actor dana = agency.signedInContact(acme, "Dana", "approve");
        Actor eli = agency.signedInContact(acme, "Eli");
        Actor other = agency.signedInContact(agency.client("Globex"), "Gil", "approve");

        assertThat(reports.listSharedReports().execute(eli, new PageInput(null, null, null)).items())
                .extracting(Report::id).containsExactly(report.id());
        assertThatThrownBy(() -> reports.getSharedReport().execute(eli, draft.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reports.getSharedReport().execute(other, report.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reports.acknowledgeReport().execute(eli, report.id().toString()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.getSharedReport().execute(agency.owner, report.id().toString()))
                .isInstanceOf(AccessDenied.class);

        Report acknowledged = reports.acknowledgeReport().execute(dana, report.id().toString());
        Report again = reports.acknowledgeReport().execute(dana, report.id().toString());

        assertThat(acknowledged.acknowledgements()).extracting(a -> a.contactName()).containsExactly("Dana");
        assertThat(again.acknowledgements()).isEqualTo(acknowledged.acknowledgements());
        assertThat(agency.fakes.auditTrail.all().stream().filter(e -> e.action().equals("report.acknowledged")))
                .hasSize(1);
    }
}
