package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.report.ReportSearch;
import org.clientportal.application.report.ReportSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportPeriod;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

/** Reports, their versions, their contacts' acknowledgements, and the lists the agency and the portal read. */
public abstract class ReportRepositoryContract extends StorageContract {

    private static final ReportPeriod OCTOBER = new ReportPeriod(LocalDate.parse("2025-10-01"),
            LocalDate.parse("2025-10-31"));

    private Report draft(TenantId tenant, ClientId client, Optional<ProjectId> project, String title, int minute) {
        Report report = Report.draft(new ReportId(newId()), tenant, client, project, OCTOBER, title,
                "# " + title + "\n\nDone.", "operator:someone", at(minute));
        inTenant(tenant, () -> ports.reports().add(report));
        return report;
    }

    private Report published(TenantId tenant, ClientId client, String title, int minute) {
        Report draft = draft(tenant, client, Optional.empty(), title, minute);
        Report published = draft.movedTo(ReportStatus.IN_REVIEW, at(minute)).movedTo(ReportStatus.APPROVED, at(minute))
                .movedTo(ReportStatus.PUBLISHED, at(minute));
        inTenant(tenant, () -> ports.reports().update(published, draft.version()));
        return published;
    }

    private ContactId contact(TenantId tenant, ClientId client, String name) {
        Contact contact = Contact.create(new ContactId(newId()), tenant, client, name,
                new EmailAddress(name.toLowerCase() + "@example.com"),
                PortalRights.of(List.of(PortalRight.VIEW, PortalRight.APPROVE)), at(0));
        inTenant(tenant, () -> ports.contacts().add(contact));
        return contact.id();
    }

    private Page<Report> search(TenantId tenant, ReportSearch search, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.reports().search(tenant, search,
                page(tenant, Sort.descending(ReportSort.CREATED_AT), limit, cursor)));
    }

    private static List<String> titles(List<Report> reports) {
        return reports.stream().map(Report::title).toList();
    }

    @Test
    void aDraft_isFoundWithEveryField_andWrittenAtTheExpectedVersionOnly() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(Visibility.CLIENT, at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        Report draft = draft(tenant, client, Optional.of(project.id()), "October", 1);
        Report edited = draft.edited("October, edited", "# October\n\nMore done.", at(2));

        assertThat(inTenant(tenant, () -> ports.reports().find(tenant, draft.id()))).contains(draft);
        inTenant(tenant, () -> ports.reports().update(edited, draft.version()));
        assertThat(inTenant(tenant, () -> ports.reports().find(tenant, draft.id()))).contains(edited);
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.reports().update(
                edited.edited("Late", "Late", at(3)), draft.version())));
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.reports().find(other, draft.id()))).isEmpty();
    }

    @Test
    void aPublishedReport_keepsEachContactsFirstAcknowledgement_inOrder() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Report report = published(tenant, client, "October", 1);
        ReportAcknowledgement dana = new ReportAcknowledgement(contact(tenant, client, "Dana"), "Dana", at(5));
        ReportAcknowledgement eli = new ReportAcknowledgement(contact(tenant, client, "Eli"), "Eli", at(6));

        assertThat(inTenant(tenant, () -> ports.reports().acknowledge(tenant, report.id(), dana))).isTrue();
        assertThat(inTenant(tenant, () -> ports.reports().acknowledge(tenant, report.id(), eli))).isTrue();
        assertThat(inTenant(tenant, () -> ports.reports().acknowledge(tenant, report.id(),
                new ReportAcknowledgement(dana.contactId(), "Dana", at(7))))).isFalse();

        Report stored = inTenant(tenant, () -> ports.reports().find(tenant, report.id())).orElseThrow();
        assertThat(stored.acknowledgements()).containsExactly(dana, eli);
        assertThat(search(tenant, ReportSearch.publishedFor(client), 10, Optional.empty()).items().get(0)
                .acknowledgements()).containsExactly(dana, eli);
    }

    @Test
    void reports_areListedNewestFirst_inPages_byClientProjectAndStatus() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        ClientId globex = newClient(tenant);
        draft(tenant, acme, Optional.empty(), "first", 1);
        published(tenant, acme, "second", 2);
        draft(tenant, globex, Optional.empty(), "elsewhere", 3);
        draft(tenant, acme, Optional.empty(), "third", 4);
        TenantId other = newTenant();
        draft(other, newClient(other), Optional.empty(), "another agency's", 5);

        ReportSearch ofAcme = new ReportSearch(Optional.of(acme), Optional.empty(), Optional.empty());
        assertThat(allPages(c -> search(tenant, ofAcme, 2, c)).stream().map(ReportRepositoryContract::titles).toList())
                .containsExactly(List.of("third", "second"), List.of("first"));
        assertThat(titles(search(tenant, new ReportSearch(Optional.empty(), Optional.empty(), Optional.empty()), 10,
                Optional.empty()).items())).containsExactly("third", "elsewhere", "second", "first");
        assertThat(titles(search(tenant, ReportSearch.publishedFor(acme), 10, Optional.empty()).items()))
                .containsExactly("second");
        assertThat(titles(search(tenant, new ReportSearch(Optional.empty(), Optional.of(new ProjectId(newId())),
                Optional.empty()), 10, Optional.empty()).items())).isEmpty();
    }
}
