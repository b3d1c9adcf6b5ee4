package org.clientportal.application.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.junit.jupiter.api.Test;

/** A task's conversation: the agency's comments, internal until shared, and the client's contacts' own. */
class CommentUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final CommentFeature comments = agency.features.comments;
    private final Client acme = agency.client("Acme");
    private final Project shared = agency.share(agency.project(acme, "Shared site"));
    private final Task visible = agency.task(shared, "Logo", "client");
    private final Actor ada = agency.signedInContact(acme, "Ada");

    private TaskComment post(Task task, String body, String visibility) {
        return comments.postComment().execute(agency.owner, new PostCommentCommand(task.key().value(), body, visibility));
    }

    private List<String> seenBy(Actor contact, Task task) {
        return comments.listSharedComments().execute(contact, task.key().value(), PageInput.firstPage()).items()
                .stream().map(TaskComment::body).toList();
    }

    @Test
    void anOperatorsComment_isInternalByDefault_andAudited() {
        TaskComment comment = post(visible, "Margin is thin", null);

        assertThat(comment.visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(comment.author()).startsWith("operator:");
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("comment.posted");
            assertThat(e.entityId()).isEqualTo(comment.id().toString());
        });
    }

    @Test
    void theAgency_listsEveryCommentOldestFirst_filteredByVisibility() {
        post(visible, "first", null);
        agency.fakes.clock.advance(java.time.Duration.ofMinutes(1));
        post(visible, "second", "client");

        var all = comments.listComments().execute(agency.owner, visible.key().value(), null, PageInput.firstPage());
        var shown = comments.listComments().execute(agency.owner, visible.key().value(), "client", PageInput.firstPage());

        assertThat(all.items()).extracting(TaskComment::body).containsExactly("first", "second");
        assertThat(shown.items()).extracting(TaskComment::body).containsExactly("second");
        assertThatThrownBy(() -> comments.listComments().execute(agency.owner, "NOPE-1", null, PageInput.firstPage()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> comments.listComments().execute(agency.owner, visible.key().value(), "secret",
                PageInput.firstPage())).isInstanceOf(ValidationFailed.class).hasMessageContaining("visibility");
    }

    @Test
    void sharingAComment_orTakingItBack_isAnExplicitAuditedAct_andTheContactSeesOnlyWhatIsShared() {
        TaskComment comment = post(visible, "Logo is in", null);
        assertThat(seenBy(ada, visible)).isEmpty();

        TaskComment sharedComment = comments.changeComment().execute(agency.owner, comment.id().toString(),
                new CommentChanges(Change.keep(), Change.to("client"), Optional.of(1L)));
        assertThat(seenBy(ada, visible)).containsExactly("Logo is in");
        comments.changeComment().execute(agency.owner, comment.id().toString(),
                new CommentChanges(Change.to("Logo is in (v2)"), Change.keep(), Optional.empty()));

        assertThat(sharedComment.version()).isEqualTo(2);
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.entityId().equals(comment.id().toString()))
                .extracting(e -> e.action())
                .containsExactly("comment.posted", "comment.visibility-changed", "comment.edited");
        assertThatThrownBy(() -> comments.changeComment().execute(agency.owner, comment.id().toString(),
                new CommentChanges(Change.to("Late"), Change.keep(), Optional.of(1L)))).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> comments.changeComment().execute(agency.owner, comment.id().toString(),
                new CommentChanges(Change.keep(), Change.to("everyone"), Optional.empty())))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aContactsComment_isAlwaysClientVisible_namesThem_andIsAuditedAsTheirs() {
        TaskComment comment = comments.postSharedComment().execute(ada, visible.key().value(), "Thanks!\nLooks great");

        assertThat(comment.visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(comment.authorName()).isEqualTo("Ada");
        assertThat(seenBy(ada, visible)).containsExactly("Thanks!\nLooks great");
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("comment.posted");
            assertThat(e.actor()).isEqualTo(ada.principal().name()).startsWith("contact:");
        });
        assertThatThrownBy(() -> comments.postSharedComment().execute(ada, visible.key().value(), " "))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("body");
    }

    @Test
    void anInternalTask_oneOfAnInternalProject_orAnotherClients_hasNoCommentsForTheContact_norTakesTheirs() {
        Task internal = agency.task(shared, "Margin check", null);
        Task onAnInternalProject = agency.task(agency.project(acme, "Pitch"), "Deck", "client");
        Task globexs = agency.task(agency.share(agency.project(agency.client("Globex"), "Globex site")), "Globex logo", "client");

        for (Task hidden : List.of(internal, onAnInternalProject, globexs)) {
            post(hidden, "Not for Ada", "client");
            assertThatThrownBy(() -> seenBy(ada, hidden)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> comments.postSharedComment().execute(ada, hidden.key().value(), "Planted"))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Test
    void anOperator_isNoContact_onThePortalsCommentRoutes_andAContact_noOperatorOnTheAgencys() {
        assertThatThrownBy(() -> comments.postSharedComment().execute(agency.owner, visible.key().value(), "Hi"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> comments.postComment().execute(ada,
                new PostCommentCommand(visible.key().value(), "Hi", "internal"))).isInstanceOf(AccessDenied.class);
    }
}
