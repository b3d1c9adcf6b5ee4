package org.clientportal.application.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.contact.AddContactCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.portal.OpenPortalCommand;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.project.ProjectChanges;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.comment.PostCommentCommand;
import org.clientportal.application.task.CreateTaskCommand;
import org.clientportal.application.task.TaskInput;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.ask.ClassificationNotAllowed;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

/** What a client files from the portal, and how the agency classifies, drafts and answers it. */
class AskUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final AskFeature asks = agency.features.asks;
    private final Client acme = agency.client("Acme");
    private final Project site = share(agency.project(acme, "Website"));
    private final Project internalProject = agency.project(acme, "Margins");
    private final Actor ada = contactOf(acme, "Ada", "request");
    private final Actor viewer = contactOf(acme, "Vic");
    private final Client globex = agency.client("Globex");
    private final Project globexSite = share(agency.project(globex, "Globex site"));
    private final Actor gus = contactOf(globex, "Gus", "request");

    private Project share(Project project) {
        return agency.features.projects.updateProject().execute(agency.owner, project.id().toString(),
                new ProjectChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to("client"),
                        Optional.empty()));
    }

    private Actor contactOf(Client client, String name, String... rights) {
        PortalFeature portal = agency.features.portal;
        Contact contact = agency.features.contacts.addContact().execute(agency.owner,
                new AddContactCommand(client.id().toString(), name, name + "@" + client.id() + ".test", List.of(rights)));
        String token = portal.issuePortalLink().execute(agency.owner, contact.id().toString()).token();
        String session = portal.openPortalSession().execute(new OpenPortalCommand(token, "198.51.100.7", "r"))
                .session().id();
        return portal.authenticatePortalSession().execute(session, "r").actor();
    }

    private SharedRequest file(Actor contact, Project project, String kind, String title) {
        agency.fakes.clock.advance(Duration.ofMinutes(1));
        return asks.fileRequest().execute(contact, new FileRequestCommand(project == null ? null : project.id().toString(),
                kind, title, "Details of " + title));
    }

    private AskView classify(SharedRequest ask, String as, String projectId) {
        return asks.classifyAsk().execute(agency.owner, ask.key().value(), new ClassifyCommand(as, projectId,
                Optional.empty()));
    }

    private static List<String> fields(ValidationFailed e) {
        return e.fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void aTaskRequest_isARequestedClientVisibleTaskFromThePortal_keyedByTheClientsCounter_andAudited() {
        SharedRequest filed = file(ada, site, "task", "New landing page");

        Task task = agency.features.tasks.getTask().execute(agency.owner, filed.key().value()).task();
        assertThat(task.status()).isEqualTo(TaskStatus.REQUESTED);
        assertThat(task.source()).isEqualTo(TaskSource.PORTAL);
        assertThat(task.details().visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(filed.key().value()).isEqualTo("ACME-1");
        assertThat(filed.kind()).isEqualTo(RequestKind.TASK);
        assertThat(filed.status()).contains(TaskStatus.REQUESTED);
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("request.filed");
            assertThat(e.entityType()).isEqualTo("task");
            assertThat(e.actor()).startsWith("contact:");
        });
    }

    @Test
    void asksAndTasks_shareTheClientsCounter_soAKeyNamesOneRecord() {
        Task first = agency.task(site, "Operator's own");
        SharedRequest bug = file(ada, null, "bug", "Checkout fails");
        SharedRequest request = file(ada, site, "task", "More");

        assertThat(List.of(first.key().value(), bug.key().value(), request.key().value()))
                .containsExactly("ACME-1", "ACME-2", "ACME-3");
        assertThatThrownBy(() -> agency.features.tasks.getTask().execute(agency.owner, bug.key().value()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> asks.getAsk().execute(agency.owner, first.key().value())).isInstanceOf(NotFound.class);
    }

    @Test
    void anAsk_arrivesUnclassified_clientVisible_withOrWithoutAProject() {
        SharedRequest question = file(ada, null, "question", "Invoices?");
        SharedRequest bug = file(ada, site, "bug", "Broken link");

        AskView seen = asks.getAsk().execute(agency.owner, question.key().value());
        assertThat(seen.ask().classification()).isEqualTo(AskClassification.UNCLASSIFIED);
        assertThat(seen.ask().visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(seen.ask().authorName()).isEqualTo("Ada");
        assertThat(seen.ask().projectId()).isEmpty();
        assertThat(bug.projectId()).contains(site.id());
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.action().equals("request.filed"))
                .extracting(e -> e.entityType()).containsExactly("ask", "ask");
    }

    @Test
    void aContactWithoutTheRequestRight_isRefused_andNothingIsFiled() {
        assertThatThrownBy(() -> file(viewer, site, "task", "Sneaky"))
                .isInstanceOf(AccessDenied.class)
                .satisfies(e -> assertThat(((AccessDenied) e).code()).isEqualTo("portal-right-missing"));
        assertThat(asks.listSharedRequests().execute(ada, PageInput.firstPage()).items()).isEmpty();
    }

    @Test
    void badInput_namesEveryBadField() {
        assertThatThrownBy(() -> asks.fileRequest().execute(ada, new FileRequestCommand(null, "wish", " ", null)))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fields((ValidationFailed) e)).containsExactlyInAnyOrder("kind", "title"));
        assertThatThrownBy(() -> asks.fileRequest().execute(ada, new FileRequestCommand(null, "task", "No project", null)))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fields((ValidationFailed) e)).containsExactly("projectId"));
        assertThatThrownBy(() -> asks.fileRequest().execute(ada, new FileRequestCommand("not-a-uuid", "bug",
                "x".repeat(201), "y".repeat(10_001))))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fields((ValidationFailed) e))
                        .containsExactlyInAnyOrder("projectId", "title", "description"));
    }

    @Test
    void aProjectTheContactMayNotSee_isNotFound_likeOneThatDoesNotExist() {
        for (Project hidden : List.of(internalProject, globexSite)) {
            for (String kind : List.of("task", "bug")) {
                assertThatThrownBy(() -> file(ada, hidden, kind, "Planted")).isInstanceOf(NotFound.class);
            }
        }
        assertThatThrownBy(() -> asks.fileRequest().execute(ada, new FileRequestCommand(
                "00000000-0000-7000-8000-000000000999", "question", "Lost", null))).isInstanceOf(NotFound.class);
        assertThat(agency.fakes.tasks.all()).isEmpty();
        assertThat(asks.listAsks().execute(agency.owner, null, null, PageInput.firstPage()).items()).isEmpty();
    }

    @Test
    void theClientsRequests_newestFirst_showTheTasksStatusAndWhyItWasDeclined_andTheAsksReplies() {
        SharedRequest accepted = file(ada, site, "task", "Accepted one");
        SharedRequest declined = file(ada, site, "task", "Declined one");
        SharedRequest question = file(ada, null, "question", "When?");
        agency.features.tasks.transitionTask().execute(agency.owner, accepted.key().value(),
                new TransitionCommand("open", null, Optional.empty()));
        agency.features.tasks.transitionTask().execute(agency.owner, declined.key().value(),
                new TransitionCommand("cancelled", "Out of scope this quarter", Optional.empty()));
        asks.publishReply().execute(agency.owner, question.key().value(), "Next week");
        file(gus, globexSite, "task", "Globex's own");

        List<SharedRequest> seen = asks.listSharedRequests().execute(viewer, PageInput.firstPage()).items();

        assertThat(seen).extracting(r -> r.key().value()).containsExactly(question.key().value(),
                declined.key().value(), accepted.key().value());
        assertThat(seen.get(1).status()).contains(TaskStatus.CANCELLED);
        assertThat(seen.get(1).declineReason()).contains("Out of scope this quarter");
        assertThat(seen.get(2).status()).contains(TaskStatus.OPEN);
        assertThat(seen.get(0).classification()).contains(AskClassification.UNCLASSIFIED);
        assertThat(seen.get(0).replies()).extracting(AskReply::body).containsExactly("Next week");
        assertThat(seen.get(0).replies().get(0).authorName()).isNotBlank();
        assertThat(asks.getSharedRequest().execute(ada, declined.key().value()).declineReason())
                .contains("Out of scope this quarter");
    }

    @Test
    void anotherClientsRequest_anInternalTask_orTheAgencysOwnTask_isNotFoundAsARequest() {
        SharedRequest theirs = file(gus, globexSite, "bug", "Theirs");
        Task agencysOwn = agency.features.tasks.createTask().execute(agency.owner, new CreateTaskCommand(
                site.id().toString(), new TaskInput("Shared, not requested", null, null, null, null, "client"))).task();

        for (String key : List.of(theirs.key().value(), agencysOwn.key().value(), "ACME-999", "not a key")) {
            assertThatThrownBy(() -> asks.getSharedRequest().execute(ada, key)).as(key).isInstanceOf(NotFound.class);
        }
        assertThat(asks.listSharedRequests().execute(ada, PageInput.firstPage()).items()).isEmpty();
    }

    @Test
    void classifyingAsATask_makesAnOpenClientVisibleTaskOnTheAsksProject_linkedAndAudited() {
        SharedRequest bug = file(ada, site, "bug", "Broken form");

        AskView classified = classify(bug, "task", null);

        Task task = classified.task().orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.source()).isEqualTo(TaskSource.ASK);
        assertThat(task.projectId()).isEqualTo(site.id());
        assertThat(task.details().title()).isEqualTo("Broken form");
        assertThat(task.details().visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(classified.ask().linkedTask()).contains(task.key());
        assertThat(classified.ask().version()).isEqualTo(2);
        assertThat(agency.fakes.auditTrail.all()).extracting(e -> e.action())
                .contains("task.created", "ask.classified");
        SharedRequest seen = asks.getSharedRequest().execute(ada, bug.key().value());
        assertThat(seen.classification()).contains(AskClassification.TASK);
        assertThat(seen.taskKey()).contains(task.key());
        assertThat(seen.status()).contains(TaskStatus.OPEN);
    }

    @Test
    void anAskWithoutAProject_needsOneOfItsClientsProjectsToBecomeABug() {
        SharedRequest bug = file(ada, null, "bug", "Something");

        assertThatThrownBy(() -> classify(bug, "bug", null)).isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fields((ValidationFailed) e)).containsExactly("projectId"));
        assertThatThrownBy(() -> classify(bug, "bug", globexSite.id().toString())).isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fields((ValidationFailed) e)).containsExactly("projectId"));
        assertThatThrownBy(() -> classify(bug, "question", site.id().toString())).isInstanceOf(ValidationFailed.class);

        AskView classified = classify(bug, "bug", internalProject.id().toString());

        assertThat(classified.task().orElseThrow().projectId()).isEqualTo(internalProject.id());
        SharedRequest seen = asks.getSharedRequest().execute(ada, bug.key().value());
        assertThat(seen.taskKey()).as("the task is on a project not shared with the client").isEmpty();
        assertThat(seen.status()).isEmpty();
    }

    @Test
    void reclassification_followsTheTable_andATaskOrBugIsFinal() {
        SharedRequest question = file(ada, null, "question", "Hm");

        classify(question, "question", null);
        classify(question, "not_actionable", null);
        AskView asTask = classify(question, "task", site.id().toString());

        assertThatThrownBy(() -> classify(question, "question", null)).isInstanceOf(ClassificationNotAllowed.class)
                .satisfies(e -> assertThat(((ClassificationNotAllowed) e).details())
                        .containsEntry("current", "task").containsEntry("allowed", List.of()));
        assertThatThrownBy(() -> classify(question, "unclassified", null)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> classify(question, "urgent", null)).isInstanceOf(ValidationFailed.class);
        assertThat(agency.fakes.tasks.all()).filteredOn(t -> t.source() == TaskSource.ASK).hasSize(1);
        assertThat(asTask.ask().version()).isEqualTo(4);
    }

    @Test
    void aStaleIfMatch_isRefused_andChangesNothing() {
        SharedRequest bug = file(ada, site, "bug", "Stale");

        assertThatThrownBy(() -> asks.classifyAsk().execute(agency.owner, bug.key().value(),
                new ClassifyCommand("task", null, Optional.of(7L)))).isInstanceOf(StaleVersion.class);
        assertThat(agency.fakes.tasks.all()).noneMatch(t -> t.source() == TaskSource.ASK);
    }

    @Test
    void theAgencysList_filtersClassifiedOrNot_newestFirst() {
        SharedRequest one = file(ada, null, "question", "One");
        SharedRequest two = file(ada, null, "bug", "Two");
        SharedRequest three = file(gus, null, "bug", "Three");
        classify(two, "not_actionable", null);

        assertThat(keys(null)).containsExactly(three.key().value(), two.key().value(), one.key().value());
        assertThat(keys("false")).containsExactly(three.key().value(), one.key().value());
        assertThat(keys("true")).containsExactly(two.key().value());
        assertThatThrownBy(() -> keys("maybe")).isInstanceOf(ValidationFailed.class);
    }

    private List<String> keys(String classified) {
        return asks.listAsks().execute(agency.owner, classified, null, PageInput.firstPage()).items().stream()
                .map(v -> v.ask().key().value()).toList();
    }

    @Test
    void onlyOperatorsWhoWrite_classifyDraftAndPublish_andContactsListNoAsks() {
        SharedRequest bug = file(ada, site, "bug", "Roles");
        Actor readOnly = agency.operatorWithRole("viewer");

        assertThatThrownBy(() -> asks.classifyAsk().execute(readOnly, bug.key().value(),
                new ClassifyCommand("bug", null, Optional.empty()))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> asks.draftReply().execute(readOnly, bug.key().value())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> asks.publishReply().execute(readOnly, bug.key().value(), "Hi"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> asks.listAsks().execute(ada, null, null, PageInput.firstPage()))
                .isInstanceOf(AccessDenied.class);
        assertThat(asks.getAsk().execute(readOnly, bug.key().value()).ask().key()).isEqualTo(bug.key());
    }

    @Test
    void aPublishedReply_isClientVisible_namedByItsAuthor_audited_andBadBodiesAreRefused() {
        SharedRequest question = file(ada, null, "question", "Reply?");

        AskReply reply = asks.publishReply().execute(agency.owner, question.key().value(), "Yes.\nSoon.");

        assertThat(reply.visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(reply.author()).startsWith("operator:");
        assertThat(asks.getAsk().execute(agency.owner, question.key().value()).replies()).containsExactly(reply);
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> assertThat(e.action())
                .isEqualTo("ask.reply-published"));
        assertThatThrownBy(() -> asks.publishReply().execute(agency.owner, question.key().value(), " "))
                .isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> asks.publishReply().execute(agency.owner, "ACME-999", "Hi")).isInstanceOf(NotFound.class);
    }

    @Test
    void aDraft_speaksOfTheAsk_itsSharedProject_itsVisibleTask_andClientVisibleUpdates_only() {
        SharedRequest bug = file(ada, site, "bug", "Checkout fails");
        classify(bug, "bug", null);
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "Launch moved to May\nmore", "client"));
        agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(),
                "INTERNAL-MARKER margins are thin", "internal"));
        Task linked = asks.getAsk().execute(agency.owner, bug.key().value()).task().orElseThrow();
        agency.features.comments.postComment().execute(agency.owner, new PostCommentCommand(linked.key().value(),
                "INTERNAL-MARKER comment", null));
        int auditBefore = agency.fakes.auditTrail.all().size();

        ReplyDraft draft = asks.draftReply().execute(agency.owner, bug.key().value());

        assertThat(draft.body()).contains("to Ada", "Checkout fails", "project Website", "task " + linked.key().value(),
                "open", "Launch moved to May");
        assertThat(draft.body()).doesNotContain("INTERNAL-MARKER", "more");
        assertThat(agency.fakes.drafts.last().updates()).hasSize(1);
        assertThat(agency.fakes.auditTrail.all()).as("a draft changes nothing").hasSize(auditBefore);
        assertThat(asks.getAsk().execute(agency.owner, bug.key().value()).replies()).as("nor is it stored").isEmpty();
    }

    @Test
    void aDraftOfAnAskOnAProjectNoLongerShared_leavesTheProjectOut() {
        SharedRequest question = file(ada, site, "question", "Where is it?");
        agency.features.projects.updateProject().execute(agency.owner, site.id().toString(),
                new ProjectChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to("internal"),
                        Optional.empty()));

        asks.draftReply().execute(agency.owner, question.key().value());

        assertThat(agency.fakes.drafts.last().project()).isEmpty();
        assertThat(agency.fakes.drafts.last().title()).isEqualTo("Where is it?");
        assertThatThrownBy(() -> asks.draftReply().execute(agency.owner, "ACME-999")).isInstanceOf(NotFound.class);
    }
}
