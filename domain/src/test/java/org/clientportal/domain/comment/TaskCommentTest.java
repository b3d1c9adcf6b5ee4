package org.clientportal.domain.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskId;
import org.junit.jupiter.api.Test;

class TaskCommentTest {

    private final TaskComment posted = TaskComment.post(new CommentId(UUID.randomUUID()), TestClients.TENANT,
            new TaskId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), "Logo is blurry", Visibility.INTERNAL,
            "operator:x", "Olive", TestClients.T0);

    @Test
    void sharingAComment_isANewVersion_keepingWhoWroteItAndWhen() {
        Instant later = TestClients.T0.plusSeconds(60);

        TaskComment shared = posted.with(posted.body(), Visibility.CLIENT, later);

        assertThat(shared.visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(shared.version()).isEqualTo(2);
        assertThat(shared.updatedAt()).isEqualTo(later);
        assertThat(shared.createdAt()).isEqualTo(TestClients.T0);
        assertThat(shared.authorName()).isEqualTo("Olive");
    }

    @Test
    void aChangeToNothingNew_isTheSameComment() {
        assertThat(posted.with("Logo is blurry", Visibility.INTERNAL, TestClients.T0.plusSeconds(5))).isSameAs(posted);
    }
}
