package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.ask.ReplyId;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.capacity.BudgetPeriod;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.capacity.TimeSpent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Isolation proven on the database itself, as the runtime role and without the repositories'
 * own tenant filters: queries with no WHERE clause, under one tenant's setting or none.
 */
class RowLevelSecurityTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static final Map<TenantId, List<Contact>> CONTACTS = new HashMap<>();
    private static final Map<TenantId, List<Task>> TASKS = new HashMap<>();
    /** Per client: its one shared project, and the client-visible updates on it. */
    private static final Map<ClientId, UUID> SHARED_PROJECTS = new HashMap<>();
    private static final Map<ClientId, List<UUID>> SHARED_UPDATES = new HashMap<>();
    /** Per client: the moves of its client-visible task on its shared project. */
    private static final Map<ClientId, List<UUID>> SHARED_MOVES = new HashMap<>();
    /** Per client: the attachments of its shared tasks, updates, comments and asks; every one of them has one. */
    private static final Map<ClientId, List<UUID>> SHARED_ATTACHMENTS = new HashMap<>();
    /** Per client: the client-visible comments on its client-visible tasks of its shared project. */
    private static final Map<ClientId, List<UUID>> SHARED_COMMENTS = new HashMap<>();

    /** Per client: its client-visible ask and that ask's client-visible reply; each client also has internal ones. */
    private static final Map<ClientId, List<UUID>> SHARED_ASKS = new HashMap<>();
    private static final Map<ClientId, List<UUID>> SHARED_REPLIES = new HashMap<>();
    private static final Map<ClientId, UUID> INTERNAL_ASKS = new HashMap<>();
    /** Per client: its client-visible budget; each client also has an internal one, and an hour logged. */
    private static final Map<ClientId, UUID> SHARED_BUDGETS = new HashMap<>();

    private static TenantId alpha;
    private static TenantId beta;

    @BeforeAll
    static void twoTenantsWithTwoClientsEach() {
        alpha = tenantWithClients("alpha");
        beta = tenantWithClients("beta");
    }

    @Test
    void underTenantAlpha_anUnfilteredSelect_returnsAlphasRowsOnly() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select tenant_id from portal.clients")).hasSize(2).containsOnly(alpha.value());
            assertThat(uuids(connection, "select id from portal.tenants")).containsExactly(alpha.value());
        }
    }

    /**
     * The portal audience on the database itself: a contact of alpha's first client, with queries
     * that filter nothing, sees their own client's row, their own contact row and their agency's
     * name, and nothing else of any table.
     */
    @Test
    void underAPortalBinding_anUnfilteredSelect_seesOnlyItsOwnClientAndContact() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select id from portal.clients")).containsExactly(ada.clientId().value());
            assertThat(uuids(connection, "select id from portal.contacts")).containsExactly(ada.id().value());
            assertThat(uuids(connection, "select id from portal.tenants")).containsExactly(alpha.value());
            for (String table : tenantTables()) {
                if (!List.of("clients", "contacts", "tasks", "projects", "milestones", "project_updates", "attachments",
                        "task_comments", "task_status_changes", "asks", "ask_replies", "task_counters",
                        "client_time_by_day", "capacity_budgets", "reports", "report_acknowledgements")
                        .contains(table)) {
                    assertThat(uuids(connection, "select tenant_id from portal." + table)).as(table).isEmpty();
                }
            }
        }
    }

    /**
     * Each client of the fixture has an internal and a client-visible task on each of a shared and an
     * internal project: under a portal binding of alpha's first client, an unfiltered select sees
     * that client's client-visible task of its shared project only.
     */
    @Test
    void underAPortalBinding_anUnfilteredSelectOfTasks_seesOnlyItsOwnClientsClientVisibleTasks() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        List<UUID> expected = TASKS.get(alpha).stream()
                .filter(t -> t.clientId().equals(ada.clientId()) && t.details().visibility() == Visibility.CLIENT
                        && t.projectId().value().equals(SHARED_PROJECTS.get(ada.clientId())))
                .map(t -> t.id().value()).toList();
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(expected).hasSize(1);
            assertThat(uuids(connection, "select id from portal.tasks")).containsExactlyElementsOf(expected);
            // Its own client's counter only: filing a request takes the next number from it.
            assertThat(uuids(connection, "select client_id from portal.task_counters"))
                    .containsExactly(ada.clientId().value());
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select id from portal.tasks")).hasSize(8);
        }
    }

    /**
     * Of the client-visible tables, a contact sees with queries that filter nothing only their own
     * client's shared rows: its shared project, that project's shared milestones, and the
     * client-visible updates on it — not an internal row, not another client's, not an update that
     * is client-visible on an internal project.
     */
    @Test
    void underAPortalBinding_anUnfilteredSelect_seesOnlyTheClientsSharedRows() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        UUID sharedProject = SHARED_PROJECTS.get(ada.clientId());
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select id from portal.projects")).containsExactly(sharedProject);
            // One row: the shared milestone; its internal sibling and every other project's stay out.
            assertThat(uuids(connection, "select project_id from portal.milestones")).containsExactly(sharedProject);
            assertThat(uuids(connection, "select id from portal.project_updates"))
                    .containsExactlyInAnyOrderElementsOf(SHARED_UPDATES.get(ada.clientId())).hasSize(1);
        }
    }

    /**
     * An attachment is seen exactly when its parent is: of the attachments on every task, update,
     * comment and ask of the fixture, a contact sees those on its own client's shared task, shared
     * update, the client-visible comment on that task and its client-visible ask only.
     */
    @Test
    void underAPortalBinding_anUnfilteredSelectOfAttachments_seesOnlyThoseOfSharedParents() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select id from portal.attachments"))
                    .containsExactlyInAnyOrderElementsOf(SHARED_ATTACHMENTS.get(ada.clientId())).hasSize(4);
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select id from portal.attachments")).hasSize(36);
        }
    }

    /** A contact's upload is recorded only on a task or ask the contact sees, and only for its own client. */
    @Test
    void underAPortalBinding_anAttachmentCanBeAddedToASharedTaskOrAskOnly() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        UUID sharedProject = SHARED_PROJECTS.get(ada.clientId());
        List<Task> own = TASKS.get(alpha).stream().filter(t -> t.clientId().equals(ada.clientId())).toList();
        Task shared = own.stream().filter(t -> t.details().visibility() == Visibility.CLIENT
                && t.projectId().value().equals(sharedProject)).findFirst().orElseThrow();
        Task internal = own.stream().filter(t -> t.details().visibility() == Visibility.INTERNAL).findFirst()
                .orElseThrow();
        Task othersClient = TASKS.get(alpha).stream().filter(t -> !t.clientId().equals(ada.clientId())).findFirst()
                .orElseThrow();
        UUID sharedAsk = SHARED_ASKS.get(ada.clientId()).get(0);
        UUID othersAsk = SHARED_ASKS.get(othersClient.clientId()).get(0);
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate(attachmentInsert(alpha, ada.clientId(), "task", shared.id().value())))
                    .isEqualTo(1);
            assertThat(statement.executeUpdate(attachmentInsert(alpha, ada.clientId(), "ask", sharedAsk)))
                    .isEqualTo(1);
            for (String refused : List.of(attachmentInsert(alpha, ada.clientId(), "task", internal.id().value()),
                    attachmentInsert(alpha, othersClient.clientId(), "task", othersClient.id().value()),
                    attachmentInsert(alpha, ada.clientId(), "task", othersClient.id().value()),
                    attachmentInsert(alpha, ada.clientId(), "ask", INTERNAL_ASKS.get(ada.clientId())),
                    attachmentInsert(alpha, ada.clientId(), "ask", othersAsk),
                    attachmentInsert(alpha, othersClient.clientId(), "ask", othersAsk),
                    attachmentInsert(alpha, ada.clientId(), "update", SHARED_UPDATES.get(ada.clientId()).get(0)))) {
                statement.execute("savepoint before_insert");
                assertThatThrownBy(() -> statement.executeUpdate(refused))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                statement.execute("rollback to savepoint before_insert");
            }
            connection.rollback();
        }
    }

    private static String attachmentInsert(TenantId tenant, ClientId client, String kind, UUID parent) {
        return "insert into portal.attachments (tenant_id, id, client_id, parent_kind, parent_id, name, size,"
                + " content_type, sha256, blob_key, uploaded_by, uploaded_by_name, created_at) values ('" + tenant
                + "', gen_random_uuid(), '" + client + "', '" + kind + "', '" + parent + "', 'a.txt', 1,"
                + " 'text/plain', '"
                + "ab".repeat(32) + "', replace(gen_random_uuid()::text, '-', ''), 'contact:x', 'Ada', now())";
    }

    /**
     * Every task of the fixture has an internal and a client-visible comment: under a portal binding,
     * an unfiltered select sees only the client-visible comments of the tasks the contact may see.
     */
    @Test
    void underAPortalBinding_anUnfilteredSelectOfComments_seesOnlyClientVisibleCommentsOfVisibleTasks()
            throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select id from portal.task_comments"))
                    .containsExactlyElementsOf(SHARED_COMMENTS.get(ada.clientId())).hasSize(1);
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select id from portal.task_comments")).hasSize(16);
        }
    }

    /**
     * A contact inserts a comment only as themselves, client-visible, of their own client, on a task
     * they may see; every other row is refused by the policy, whatever the code would send.
     */
    @Test
    void underAPortalBinding_aCommentIsInsertedOnlyAsTheContact_clientVisible_onATaskTheySee() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        Task visible = visibleTaskOf(ada);
        Task internal = TASKS.get(alpha).stream().filter(t -> t.clientId().equals(ada.clientId())
                && t.details().visibility() == Visibility.INTERNAL).findFirst().orElseThrow();
        Task othersTask = TASKS.get(alpha).stream().filter(t -> !t.clientId().equals(ada.clientId())
                && t.details().visibility() == Visibility.CLIENT).findFirst().orElseThrow();
        String asAda = "contact:" + ada.id();
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            for (String refused : List.of(comment(visible, "internal", asAda), comment(internal, "client", asAda),
                    comment(othersTask, "client", asAda), comment(visible, "client", "operator:owner"))) {
                statement.execute("savepoint before_insert");
                assertThatThrownBy(() -> statement.executeUpdate(refused)).as(refused)
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                statement.execute("rollback to savepoint before_insert");
            }
            assertThat(statement.executeUpdate(comment(visible, "client", asAda))).isEqualTo(1);
            assertThat(statement.executeUpdate("update portal.task_comments set body = 'Rewritten'")).isZero();
        }
    }

    private static Task visibleTaskOf(Contact contact) {
        return TASKS.get(alpha).stream().filter(t -> t.clientId().equals(contact.clientId())
                && t.details().visibility() == Visibility.CLIENT
                && t.projectId().value().equals(SHARED_PROJECTS.get(contact.clientId()))).findFirst().orElseThrow();
    }

    private static String comment(Task task, String visibility, String author) {
        return "insert into portal.task_comments (tenant_id, id, task_id, client_id, body, visibility, author,"
                + " author_name, version, created_at, updated_at) values ('" + task.tenantId().value()
                + "', gen_random_uuid(), '" + task.id().value() + "', '" + task.clientId().value() + "', 'Hi', '"
                + visibility + "', '" + author + "', 'Ada', 1, now(), now())";
    }

    /**
     * A contact sees their client's published reports only, never a draft or another client's; they
     * add an acknowledgement as themselves only, and change no report.
     */
    @Test
    void underAPortalBinding_onlyTheClientsPublishedReportsAreSeen_andAcknowledgedAsTheContact() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        Contact other = CONTACTS.get(alpha).stream().filter(c -> !c.clientId().equals(ada.clientId())).findFirst()
                .orElseThrow();
        UUID published = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        UUID othersPublished = UUID.randomUUID();
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(report(published, ada.clientId(), "published"));
            statement.executeUpdate(report(draft, ada.clientId(), "draft"));
            statement.executeUpdate(report(othersPublished, other.clientId(), "published"));
            connection.commit();
        }
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            assertThat(uuids(connection, "select id from portal.reports")).containsExactly(published);
            for (String refused : List.of(acknowledgement(draft, ada), acknowledgement(othersPublished, ada),
                    acknowledgement(published, other))) {
                statement.execute("savepoint before_insert");
                assertThatThrownBy(() -> statement.executeUpdate(refused)).as(refused)
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                statement.execute("rollback to savepoint before_insert");
            }
            assertThat(statement.executeUpdate(acknowledgement(published, ada))).isEqualTo(1);
            assertThat(statement.executeUpdate("update portal.reports set title = 'Renamed'")).isZero();
        }
    }

    private static String report(UUID id, ClientId client, String status) {
        return "insert into portal.reports (tenant_id, id, client_id, period_from, period_to, title, body, status,"
                + " author, version, created_at, updated_at, published_at) values ('" + alpha.value() + "', '" + id
                + "', '" + client.value() + "', '2026-01-01', '2026-01-31', 'January', '# January', '" + status
                + "', 'operator:o', 1, now(), now(), " + ("published".equals(status) ? "now()" : "null") + ")";
    }

    private static String acknowledgement(UUID report, Contact contact) {
        return "insert into portal.report_acknowledgements (tenant_id, report_id, contact_id, contact_name, at)"
                + " values ('" + alpha.value() + "', '" + report + "', '" + contact.id().value() + "', 'Ada', now())";
    }

    /** A task's moves are seen exactly when the task is: the client's client-visible task on its shared project. */
    @Test
    void underAPortalBinding_anUnfilteredSelectOfTaskMoves_seesOnlyThoseOfVisibleTasks() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select id from portal.task_status_changes"))
                    .containsExactlyElementsOf(SHARED_MOVES.get(ada.clientId())).hasSize(1);
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select id from portal.task_status_changes")).hasSize(8);
        }
    }

    @Test
    void underAPortalBinding_onlyTheAuditTrailAndTheContactsOwnCommentsTakeWrites() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update portal.clients set name = 'Renamed'")).isZero();
            assertThat(statement.executeUpdate("update portal.contacts set rights = array['view', 'approve']")).isZero();
            assertThat(statement.executeUpdate("update portal.tasks set title = 'Renamed'")).isZero();
            assertThat(statement.executeUpdate("update portal.portal_links set used_at = now()")).isZero();
            assertThat(statement.executeUpdate("update portal.projects set name = 'Renamed'")).isZero();
            assertThat(statement.executeUpdate("update portal.project_updates set visibility = 'client'")).isZero();
            assertThat(statement.executeUpdate("update portal.asks set visibility = 'client'")).isZero();
            statement.execute("savepoint before_insert");
            assertThatThrownBy(() -> statement.executeUpdate("insert into portal.clients (tenant_id, id, name,"
                    + " task_key_prefix, status, source, version, created_at, updated_at, status_changed_at) values ('"
                    + alpha.value() + "', gen_random_uuid(), 'Smuggled', 'SMUGGLED', 'lead', 'manual', 1, now(), now(),"
                    + " now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            statement.execute("rollback to savepoint before_insert");
            assertThat(statement.executeUpdate("insert into portal.audit_events (tenant_id, id, actor, action,"
                    + " entity_type, entity_id, request_id, at) values ('" + alpha.value() + "', gen_random_uuid(),"
                    + " 'contact:" + ada.id() + "', 'contact.portal-opened', 'contact', '" + ada.id() + "', 'r', now())"))
                    .isEqualTo(1);
        }
    }

    /**
     * Every client of the fixture has a client-visible and an internal ask, each with a client-visible
     * and an internal reply: under a portal binding, an unfiltered select sees only its own client's
     * client-visible ask and that ask's client-visible reply; nothing of another client or tenant.
     */
    @Test
    void underAPortalBinding_anUnfilteredSelectOfAsksAndReplies_seesOnlyTheClientsClientVisibleOnes()
            throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select id from portal.asks"))
                    .containsExactlyElementsOf(SHARED_ASKS.get(ada.clientId())).hasSize(1);
            assertThat(uuids(connection, "select id from portal.ask_replies"))
                    .containsExactlyElementsOf(SHARED_REPLIES.get(ada.clientId())).hasSize(1);
            assertThat(uuids(connection, "select id from portal.asks a where a.search @@ 'ask'::tsquery"))
                    .containsExactlyElementsOf(SHARED_ASKS.get(ada.clientId()));
            assertThat(uuids(connection, "select id from portal.task_comments c where c.search @@ 'comment'::tsquery"))
                    .containsExactlyElementsOf(SHARED_COMMENTS.get(ada.clientId()));
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select id from portal.asks")).hasSize(4);
            assertThat(uuids(connection, "select id from portal.ask_replies")).hasSize(8);
        }
    }

    /**
     * A contact files an ask only as themselves, client-visible, unclassified, of their own client, on
     * no project or one they see; every other row is refused by the policy, whatever the code sends.
     */
    @Test
    void underAPortalBinding_anAskIsFiledOnlyAsTheContact_clientVisible_unclassified_onAProjectTheySee()
            throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        Contact colleague = CONTACTS.get(alpha).get(1);
        Contact othersContact = CONTACTS.get(alpha).get(2);
        String shared = "'" + SHARED_PROJECTS.get(ada.clientId()) + "'";
        String internal = "'" + internalProjectOf(ada.clientId()) + "'";
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            for (String refused : List.of(ask(ada, ada, "null", "internal", "unclassified"),
                    ask(ada, colleague, "null", "client", "unclassified"),
                    ask(othersContact, ada, "null", "client", "unclassified"),
                    ask(ada, ada, "null", "client", "question"),
                    ask(ada, ada, internal, "client", "unclassified"))) {
                statement.execute("savepoint before_insert");
                assertThatThrownBy(() -> statement.executeUpdate(refused)).as(refused)
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                statement.execute("rollback to savepoint before_insert");
            }
            assertThat(statement.executeUpdate(ask(ada, ada, "null", "client", "unclassified"))).isEqualTo(1);
            assertThat(statement.executeUpdate(ask(ada, ada, shared, "client", "unclassified"))).isEqualTo(1);
            statement.execute("savepoint before_reply");
            assertThatThrownBy(() -> statement.executeUpdate("insert into portal.ask_replies (tenant_id, id, ask_id,"
                    + " client_id, body, visibility, author, author_name, created_at) values ('" + alpha.value()
                    + "', gen_random_uuid(), '" + SHARED_ASKS.get(ada.clientId()).get(0) + "', '" + ada.clientId()
                    + "', 'Planted', 'client', 'contact:" + ada.id() + "', 'Ada', now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            statement.execute("rollback to savepoint before_reply");
            connection.rollback();
        }
    }

    /** {@code author} stands for {@code by}, the row names {@code of}'s client; {@code project} is SQL. */
    private static String ask(Contact of, Contact by, String project, String visibility, String classification) {
        String classified = classification.equals("unclassified") ? "null, null" : "'operator:x', now()";
        return "insert into portal.asks (tenant_id, id, client_id, project_id, key, kind, title, visibility,"
                + " contact_id, author, author_name, classification, classified_by, classified_at, version,"
                + " created_at, updated_at) values ('" + alpha.value() + "', gen_random_uuid(), '" + of.clientId()
                + "', " + project + ", 'ZZ-' || (1 + floor(random() * 100000000))::int, 'bug', 'Planted', '"
                + visibility + "', '" + by.id() + "', 'contact:" + by.id() + "', 'Ada', '" + classification + "', "
                + classified + ", 1, now(), now())";
    }

    private static UUID internalProjectOf(ClientId client) throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            return uuids(connection, "select id from portal.projects where client_id = '" + client
                    + "' and visibility = 'internal'").get(0);
        }
    }

    /**
     * A contact's task request is inserted only as a requested, unassigned, client-visible portal task
     * of their own client on a project they see, numbered from their own client's counter only.
     */
    @Test
    void underAPortalBinding_aTaskRequestIsInsertedOnlyAsAClientVisibleRequest_onASharedProject() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        Contact othersContact = CONTACTS.get(alpha).get(2);
        UUID shared = SHARED_PROJECTS.get(ada.clientId());
        UUID internal = internalProjectOf(ada.clientId());
        UUID othersShared = SHARED_PROJECTS.get(othersContact.clientId());
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            for (String refused : List.of(taskRequest(ada.clientId(), shared, "internal", "portal", "requested"),
                    taskRequest(ada.clientId(), shared, "client", "operator", "requested"),
                    taskRequest(ada.clientId(), shared, "client", "portal", "open"),
                    taskRequest(ada.clientId(), internal, "client", "portal", "requested"),
                    taskRequest(othersContact.clientId(), othersShared, "client", "portal", "requested"))) {
                statement.execute("savepoint before_insert");
                assertThatThrownBy(() -> statement.executeUpdate(refused)).as(refused)
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                statement.execute("rollback to savepoint before_insert");
            }
            assertThat(statement.executeUpdate(taskRequest(ada.clientId(), shared, "client", "portal", "requested")))
                    .isEqualTo(1);
            assertThat(statement.executeUpdate("update portal.task_counters set last_number = last_number + 1"))
                    .as("its own client's counter only").isEqualTo(1);
            connection.rollback();
        }
    }

    private static String taskRequest(ClientId client, UUID project, String visibility, String source, String status) {
        return "insert into portal.tasks (tenant_id, id, project_id, client_id, key, title, priority, visibility,"
                + " source, status, version, created_at, updated_at) values ('" + alpha.value() + "', gen_random_uuid(), '"
                + project + "', '" + client + "', 'ZZ-' || (1 + floor(random() * 100000000))::int, 'Planted', 'normal', '"
                + visibility + "', '" + source + "', '" + status + "', 1, now(), now())";
    }

    /**
     * A contact's request starts its SLA clock only as it starts: of their own request, at the moment it
     * was filed, at its priority, with nothing answered, resolved or paused, and with no stop; and they
     * read no clock, not even the one they started.
     */
    @Test
    void underAPortalBinding_aRequestsClockStartsOnlyAsFiled_andIsNotRead() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        Contact othersContact = CONTACTS.get(alpha).get(2);
        UUID shared = SHARED_PROJECTS.get(ada.clientId());
        try (Connection connection = portalTransaction(alpha, ada); Statement statement = connection.createStatement()) {
            statement.executeUpdate(taskRequest(ada.clientId(), shared, "client", "portal", "requested")
                    .replace("'ZZ-' || (1 + floor(random() * 100000000))::int", "'ZZ-77'"));
            statement.executeUpdate(ask(ada, ada, "null", "client", "unclassified")
                    .replace("'ZZ-' || (1 + floor(random() * 100000000))::int", "'ZZ-78'"));
            for (String refused : List.of(
                    clock(ada.clientId(), "ZZ-77", "'ZZ-77'", "normal", "now() - interval '1 day'", "null"),
                    clock(ada.clientId(), "ZZ-77", "'ZZ-77'", "normal", "now()", "now()"),
                    clock(ada.clientId(), "ZZ-77", "'ZZ-77'", "urgent", "now()", "null"),
                    clock(othersContact.clientId(), "ZZ-77", "'ZZ-77'", "normal", "now()", "null"),
                    clock(ada.clientId(), "ZZ-78", "'ZZ-77'", "normal", "now()", "null"),
                    clock(ada.clientId(), "ZZ-78", "null", "high", "now()", "null"))) {
                statement.execute("savepoint before_insert");
                assertThatThrownBy(() -> statement.executeUpdate(refused)).as(refused)
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                statement.execute("rollback to savepoint before_insert");
            }
            assertThat(statement.executeUpdate(clock(ada.clientId(), "ZZ-77", "'ZZ-77'", "normal", "now()", "null")))
                    .isEqualTo(1);
            assertThat(statement.executeUpdate(clock(ada.clientId(), "ZZ-78", "null", "normal", "now()", "null")))
                    .isEqualTo(1);
            assertThat(uuids(connection, "select client_id from portal.request_clocks")).isEmpty();
            assertThat(statement.executeUpdate("update portal.request_clocks set resolved_at = now()")).isZero();
            assertThatThrownBy(() -> statement.executeUpdate("insert into portal.request_clock_stops (tenant_id,"
                    + " request_key, started_at, ended_at) values ('" + alpha.value() + "', 'ZZ-77', now(),"
                    + " now() + interval '1 day')")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    /** A clock of the request filed under {@code key}; {@code taskKey}, {@code startedAt}, {@code respondedAt} are SQL. */
    private static String clock(ClientId client, String key, String taskKey, String priority, String startedAt,
                                String respondedAt) {
        return "insert into portal.request_clocks (tenant_id, request_key, client_id, task_key, priority, started_at,"
                + " first_responded_at) values ('" + alpha.value() + "', '" + key + "', '" + client + "', " + taskKey
                + ", '" + priority + "', " + startedAt + ", " + respondedAt + ")";
    }

    /** A tenant bound without an audience, as no code path binds it, sees nothing at all. */
    /**
     * Of time and capacity a contact sees their own client's day totals and its client-visible budget:
     * no time entry (its note, its operator), no crossing, no internal budget, nothing of another client.
     */
    @Test
    void underAPortalBinding_ofTimeAndCapacity_onlyTheClientsDayTotalsAndVisibleBudgetsShow() throws SQLException {
        Contact ada = CONTACTS.get(alpha).get(0);
        try (Connection connection = portalTransaction(alpha, ada)) {
            assertThat(uuids(connection, "select client_id from portal.client_time_by_day"))
                    .containsExactly(ada.clientId().value());
            assertThat(uuids(connection, "select id from portal.capacity_budgets"))
                    .containsExactly(SHARED_BUDGETS.get(ada.clientId()));
            assertThat(uuids(connection, "select id from portal.time_entries")).isEmpty();
            assertThat(uuids(connection, "select budget_id from portal.capacity_crossings")).isEmpty();
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha))) {
            assertThat(uuids(connection, "select id from portal.time_entries")).hasSize(2);
            assertThat(uuids(connection, "select budget_id from portal.capacity_crossings")).hasSize(4);
        }
    }

    @Test
    void aTenantWithoutAnAudience_seesNothing() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(alpha.toString(), "", "", "")) {
            for (String table : tenantTables()) {
                assertThat(uuids(connection, "select tenant_id from portal." + table)).as(table).isEmpty();
            }
            assertThat(uuids(connection, "select id from portal.tenants")).isEmpty();
        }
    }

    /** Binding another tenant's client and contact under one's own tenant opens nothing of theirs. */
    @Test
    void aPortalBindingOfAnotherTenantsClient_seesNothingOfIt() throws SQLException {
        Contact betasContact = CONTACTS.get(beta).get(0);
        try (Connection connection = transactionAsRuntimeRole(alpha.toString(), "portal",
                betasContact.clientId().toString(), betasContact.id().toString())) {
            assertThat(uuids(connection, "select id from portal.clients")).isEmpty();
            assertThat(uuids(connection, "select id from portal.contacts")).isEmpty();
            assertThat(uuids(connection, "select id from portal.tasks")).isEmpty();
        }
    }

    @Test
    void withNoTenantSet_noTableShowsAnyRow() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.empty())) {
            for (String table : tenantTables()) {
                assertThat(uuids(connection, "select tenant_id from portal." + table)).as(table).isEmpty();
            }
            assertThat(uuids(connection, "select id from portal.tenants")).isEmpty();
        }
    }

    @Test
    void underTenantAlpha_insertingARowOfTenantBeta_isRefused() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha));
             PreparedStatement insert = connection.prepareStatement("insert into portal.clients (tenant_id, id, name,"
                     + " task_key_prefix, status, source, version, created_at, updated_at, status_changed_at)"
                     + " values (?, ?, 'Smuggled', 'SMUGGLED', 'lead', 'manual', 1, now(), now(), now())")) {
            insert.setObject(1, beta.value());
            insert.setObject(2, UUID.randomUUID());

            assertThatThrownBy(insert::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    /** Clients are never deleted (the runtime role may not); operators are, so the delete is tried there. */
    @Test
    void underTenantAlpha_updatesAndDeletesOfBetasRows_touchNothing() throws SQLException {
        try (Connection connection = transactionAsRuntimeRole(Optional.of(alpha));
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update portal.clients set name = 'Hijacked' where tenant_id = '"
                    + beta.value() + "'")).isZero();
            assertThat(statement.executeUpdate("delete from portal.operators where tenant_id = '" + beta.value()
                    + "'")).isZero();
        }
        try (Connection connection = transactionAsRuntimeRole(Optional.of(beta))) {
            assertThat(uuids(connection, "select tenant_id from portal.operators")).containsExactly(beta.value());
        }
    }

    @Test
    void everyTable_enablesAndForcesRowLevelSecurity_butTheMigrationBookkeeping() throws SQLException {
        try (Connection admin = DATABASE.connectAsAdmin()) {
            assertThat(tablesWithoutForcedRowLevelSecurity(admin, "portal")).isEmpty();
        }
        assertThat(tenantTables()).contains("clients", "projects", "milestones", "tasks", "task_counters", "operators",
                "api_keys", "contacts", "portal_links", "project_updates", "attachments", "task_comments",
                "task_status_changes", "asks", "ask_replies", "audit_events",
                "idempotency_records");
    }

    /**
     * Each policy admits rows by the transaction's tenant and names the audience it serves. The only exceptions are the owner's own
     * policies, through which the SECURITY DEFINER functions (slug lookup, idempotency expiry, tenant ids, link key,
     * the outbox relay's claims and outcomes, the jobs' finds of stale leads and due checkpoints) and
     * afterMigrate.sql (the runtime grants) reach across tenants; they are listed here and limited to the owner of the tables.
     */
    @Test
    void everyPolicy_restsOnTheTransactionsTenant_butTheOwnersOwn() throws SQLException {
        String owner = DATABASE.settings().adminUser();
        try (Connection admin = DATABASE.connectAsAdmin()) {
            assertThat(policyViolations(admin, "portal")).isEmpty();
            assertThat(ownerOnlyPolicies(admin, "portal")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "tenants.tenants_owner_reads_all", List.of(owner),
                    "idempotency_records.idempotency_records_owner_expires", List.of(owner),
                    "file_link_keys.file_link_keys_owner_reads", List.of(owner),
                    "runtime_grants.runtime_grants_owner_keeps", List.of(owner),
                    "notifications.notifications_owner_relays", List.of(owner),
                    "clients.clients_owner_finds_stale_leads", List.of(owner),
                    "checkpoints.checkpoints_owner_finds_due", List.of(owner)));
            // The download links' signing key and the runtime role's grants belong to no tenant: only the owner reads them.
            assertThat(tablesWithoutATenantPolicy(admin, "portal")).containsExactlyInAnyOrder("file_link_keys", "runtime_grants");
        }
    }

    /** The checks above can fail: on deliberately bad tables and policies they report each one. */
    @Test
    void theChecks_reportEveryBadTableAndPolicy() throws SQLException {
        try (Connection admin = DATABASE.connectAsAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("create schema rls_probe");
            try {
                statement.execute("create table rls_probe.unprotected (tenant_id uuid)");
                statement.execute("create table rls_probe.enabled_only (tenant_id uuid)");
                statement.execute("alter table rls_probe.enabled_only enable row level security");
                statement.execute("create table rls_probe.leaky (tenant_id uuid)");
                statement.execute("alter table rls_probe.leaky enable row level security");
                statement.execute("alter table rls_probe.leaky force row level security");
                statement.execute("create policy everything on rls_probe.leaky using (true)");
                statement.execute("create policy tenant_or_all on rls_probe.leaky"
                        + " using (tenant_id = portal.current_tenant() or true)");
                statement.execute("create policy unchecked_writes on rls_probe.leaky for insert"
                        + " with check (true)");
                statement.execute("create policy for_another_role on rls_probe.leaky to pg_monitor using (true)");
                statement.execute("create policy any_audience on rls_probe.leaky"
                        + " using (tenant_id = portal.current_tenant())");

                assertThat(tablesWithoutForcedRowLevelSecurity(admin, "rls_probe"))
                        .containsExactlyInAnyOrder("enabled_only", "unprotected");
                assertThat(policyViolations(admin, "rls_probe")).containsExactlyInAnyOrder(
                        "leaky.everything: using true",
                        "leaky.tenant_or_all: using ((tenant_id = portal.current_tenant()) OR true)",
                        "leaky.unchecked_writes: with check true",
                        "leaky.for_another_role: for {pg_monitor}, neither everyone nor the owner alone",
                        "leaky.any_audience: using names no audience");
                assertThat(tablesWithoutATenantPolicy(admin, "rls_probe"))
                        .containsExactlyInAnyOrder("enabled_only", "unprotected");
            } finally {
                statement.execute("drop schema rls_probe cascade");
            }
        }
    }

    /** Tables of the schema, Flyway's bookkeeping aside, where row-level security is not both enabled and forced. */
    private static List<String> tablesWithoutForcedRowLevelSecurity(Connection admin, String schema)
            throws SQLException {
        return strings(admin, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'"
                + " and not (c.relrowsecurity and c.relforcerowsecurity) order by 1", schema);
    }

    /** Tables of the schema, Flyway's bookkeeping aside, that no policy for everyone opens to the tenant. */
    private static List<String> tablesWithoutATenantPolicy(Connection admin, String schema) throws SQLException {
        return strings(admin, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'"
                + " and not exists (select 1 from pg_policies p where p.schemaname = n.nspname"
                + "     and p.tablename = c.relname and p.roles = '{public}'"
                + "     and p.qual like '%portal.current_tenant()%') order by 1", schema);
    }

    /**
     * Policies of the schema that are not "for everyone, keyed on the tenant" (each USING and WITH
     * CHECK refers to portal.current_tenant(), with no OR that could open it further) nor for the
     * table's owner alone. Each as {@code table.policy: what is wrong}.
     */
    private static List<String> policyViolations(Connection admin, String schema) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement("select p.tablename, p.policyname,"
                + " p.roles::text[], p.qual, p.with_check, t.tableowner"
                + " from pg_policies p join pg_tables t on t.schemaname = p.schemaname and t.tablename = p.tablename"
                + " where p.schemaname = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String policy = rows.getString(1) + "." + rows.getString(2);
                    List<String> roles = List.of((String[]) rows.getArray(3).getArray());
                    if (roles.equals(List.of(rows.getString(6)))) {
                        continue;
                    }
                    if (!roles.equals(List.of("public"))) {
                        violations.add(policy + ": for {" + String.join(",", roles)
                                + "}, neither everyone nor the owner alone");
                        continue;
                    }
                    for (String[] expression : List.of(new String[] {"using", rows.getString(4)},
                            new String[] {"with check", rows.getString(5)})) {
                        String text = expression[1];
                        if (text != null && (!text.contains("portal.current_tenant()") || text.contains(" OR "))) {
                            violations.add(policy + ": " + expression[0] + " " + text);
                        } else if (text != null && !text.contains("portal.current_audience()")) {
                            violations.add(policy + ": " + expression[0] + " names no audience");
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** Policies of the schema for one role other than everyone, by {@code table.policy}, with their roles. */
    private static Map<String, List<String>> ownerOnlyPolicies(Connection admin, String schema) throws SQLException {
        Map<String, List<String>> policies = new TreeMap<>();
        try (PreparedStatement query = admin.prepareStatement("select tablename || '.' || policyname, roles::text[]"
                + " from pg_policies where schemaname = ? and roles <> '{public}'")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    policies.put(rows.getString(1), List.of((String[]) rows.getArray(2).getArray()));
                }
            }
        }
        return policies;
    }

    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /** A connection as the runtime role inside an open transaction bound like the adapter binds the agency's. */
    private static Connection transactionAsRuntimeRole(Optional<TenantId> tenant) throws SQLException {
        return transactionAsRuntimeRole(tenant.map(TenantId::toString).orElse(""), tenant.isPresent() ? "agency" : "",
                "", "");
    }

    /** ... and as it binds a portal transaction: tenant, client and contact. */
    private static Connection portalTransaction(TenantId tenant, Contact contact) throws SQLException {
        return transactionAsRuntimeRole(tenant.toString(), "portal", contact.clientId().toString(),
                contact.id().toString());
    }

    private static Connection transactionAsRuntimeRole(String tenant, String audience, String client, String contact)
            throws SQLException {
        Connection connection = DATABASE.connectAsRuntimeRole();
        connection.setAutoCommit(false);
        try (PreparedStatement bind = connection.prepareStatement("select set_config('portal.tenant_id', ?, true),"
                + " set_config('portal.audience', ?, true), set_config('portal.client_id', ?, true),"
                + " set_config('portal.contact_id', ?, true)")) {
            bind.setString(1, tenant);
            bind.setString(2, audience);
            bind.setString(3, client);
            bind.setString(4, contact);
            bind.execute();
        }
        return connection;
    }

    private static List<String> tenantTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection admin = DATABASE.connectAsAdmin(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.columns"
                     + " where table_schema = 'portal' and column_name = 'tenant_id' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<UUID> uuids(Connection connection, String sql) throws SQLException {
        List<UUID> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getObject(1, UUID.class));
            }
        }
        return values;
    }

    private static Milestone milestone(String key, Visibility visibility) {
        return new Milestone(new MilestoneKey(key), key, List.of(), Optional.empty(), visibility, Optional.empty());
    }

    private static UUID attach(PostgresPersistence persistence, TenantId tenant, ClientId client, ParentKind kind,
                               UUID parent) {
        UUID id = UUID.randomUUID();
        persistence.attachments().add(new Attachment(new AttachmentId(id), tenant, client,
                new AttachmentParent(kind, parent), new AttachmentName(kind + ".txt"), 1, "text/plain",
                "ab".repeat(32), "blob-" + id, "operator:owner", "Owner", NOW));
        return id;
    }

    private static TenantId tenantWithClients(String slug) {
        PostgresPersistence persistence = DATABASE.persistence();
        TenantId tenant = new TenantId(UUID.randomUUID());
        return persistence.transactions().inTenant(tenant, () -> {
            persistence.tenants().add(new Tenant(tenant, slug, new TenantSlug(slug), NOW));
            persistence.operators().add(Operator.create(new OperatorId(UUID.randomUUID()), tenant,
                    new EmailAddress("owner@" + slug + ".test"), "Owner", Role.OWNER, "hash", NOW));
            for (String name : List.of(slug + " one", slug + " two")) {
                Client client = Client.create(new ClientId(UUID.randomUUID()), tenant,
                        new ClientProfile(name, Optional.empty(), Optional.empty(), Optional.empty()),
                        TaskKeyPrefix.derivedFrom(name), ClientSource.MANUAL, Optional.empty(), NOW);
                persistence.clients().add(client);
                for (Visibility visibility : Visibility.values()) {
                    Project project = Project.create(new ProjectId(UUID.randomUUID()), tenant, client.id(),
                            new ProjectDetails(name + " site", Optional.empty(), Optional.empty(), Optional.empty()), NOW)
                            .withVisibility(visibility, NOW)
                            .withMilestones(List.of(milestone("shared", Visibility.CLIENT),
                                    milestone("internal", Visibility.INTERNAL)), NOW);
                    persistence.projects().add(project);
                    if (project.isVisibleToClient()) {
                        SHARED_PROJECTS.put(client.id(), project.id().value());
                    }
                    for (Visibility ofRecord : Visibility.values()) {
                        Task task = Task.create(new TaskId(UUID.randomUUID()), tenant, project.id(), client.id(),
                                TaskKey.of(client.taskKeyPrefix(), persistence.tasks().nextNumber(tenant, client.id())),
                                new TaskDetails(ofRecord + " work", Optional.empty(), TaskPriority.NORMAL,
                                        Optional.empty(), Optional.empty(), ofRecord), TaskSource.OPERATOR, NOW);
                        persistence.tasks().add(task);
                        TASKS.computeIfAbsent(tenant, t -> new ArrayList<>()).add(task);
                        TaskStatusChange move = new TaskStatusChange(UUID.randomUUID(), tenant, task.id(), client.id(),
                                TaskStatus.OPEN, TaskStatus.IN_PROGRESS, NOW);
                        persistence.tasks().recordStatusChange(move);
                        if (project.isVisibleToClient() && ofRecord == Visibility.CLIENT) {
                            SHARED_MOVES.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(move.id());
                        }
                        UUID onTask = attach(persistence, tenant, client.id(), ParentKind.TASK, task.id().value());
                        for (Visibility ofComment : Visibility.values()) {
                            TaskComment comment = TaskComment.post(new CommentId(UUID.randomUUID()), tenant, task.id(),
                                    client.id(), ofComment + " comment", ofComment, "operator:owner", "Owner", NOW);
                            persistence.comments().add(comment);
                            UUID onComment = attach(persistence, tenant, client.id(), ParentKind.COMMENT,
                                    comment.id().value());
                            if (project.isVisibleToClient() && ofRecord == Visibility.CLIENT
                                    && ofComment == Visibility.CLIENT) {
                                SHARED_COMMENTS.computeIfAbsent(client.id(), c -> new ArrayList<>())
                                        .add(comment.id().value());
                                SHARED_ATTACHMENTS.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(onComment);
                            }
                        }
                        ProjectUpdate update = ProjectUpdate.post(new UpdateId(UUID.randomUUID()), tenant, project.id(),
                                client.id(), ofRecord + " on " + visibility, ofRecord, "operator:owner", "Owner", NOW);
                        persistence.updates().add(update);
                        UUID onUpdate = attach(persistence, tenant, client.id(), ParentKind.UPDATE, update.id().value());
                        if (project.isVisibleToClient() && update.isVisibleToClient()) {
                            SHARED_UPDATES.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(update.id().value());
                            SHARED_ATTACHMENTS.computeIfAbsent(client.id(), c -> new ArrayList<>())
                                    .addAll(List.of(onTask, onUpdate));
                        }
                    }
                }
                for (String person : List.of("first", "second")) {
                    Contact contact = Contact.create(new ContactId(UUID.randomUUID()), tenant, client.id(), person,
                            new EmailAddress(person + "@" + slug + ".test"), PortalRights.viewOnly(), NOW);
                    persistence.contacts().add(contact);
                    persistence.portalLinks().add(PortalLink.issue(UUID.randomUUID(), tenant, contact.id(),
                            "digest-" + contact.id(), "operator:owner", NOW, NOW.plusSeconds(3600)));
                    CONTACTS.computeIfAbsent(tenant, t -> new ArrayList<>()).add(contact);
                }
                Contact filer = CONTACTS.get(tenant).get(CONTACTS.get(tenant).size() - 1);
                for (Visibility ofAsk : Visibility.values()) {
                    Ask ask = Ask.restore(new AskId(UUID.randomUUID()), tenant, client.id(), Optional.empty(),
                            TaskKey.of(client.taskKeyPrefix(), persistence.tasks().nextNumber(tenant, client.id())),
                            AskKind.QUESTION, ofAsk + " ask", Optional.empty(), ofAsk, filer.id(), "Ada",
                            AskClassification.UNCLASSIFIED, Optional.empty(), 1, NOW, NOW);
                    persistence.asks().add(ask);
                    UUID onAsk = attach(persistence, tenant, client.id(), ParentKind.ASK, ask.id().value());
                    for (Visibility ofReply : Visibility.values()) {
                        AskReply reply = new AskReply(new ReplyId(UUID.randomUUID()), tenant, ask.id(), client.id(),
                                ofReply + " reply", ofReply, "operator:owner", "Owner", NOW);
                        persistence.asks().addReply(reply);
                        if (ofAsk == Visibility.CLIENT && ofReply == Visibility.CLIENT) {
                            SHARED_REPLIES.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(reply.id().value());
                        }
                    }
                    if (ofAsk == Visibility.CLIENT) {
                        SHARED_ASKS.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(ask.id().value());
                        SHARED_ATTACHMENTS.computeIfAbsent(client.id(), c -> new ArrayList<>()).add(onAsk);
                    } else {
                        INTERNAL_ASKS.put(client.id(), ask.id().value());
                    }
                }
                timeAndBudgets(persistence, tenant, client.id());
            }
            return tenant;
        });
    }

    /** Per client: an hour logged (a day total), a budget shown to the client and one not, each crossed. */
    private static void timeAndBudgets(PostgresPersistence persistence, TenantId tenant, ClientId client) {
        persistence.timeEntries().add(TimeEntry.log(new TimeEntryId(UUID.randomUUID()), tenant, client, Optional.empty(),
                Optional.empty(), new OperatorId(UUID.randomUUID()), new TimeSpent(60, LocalDate.parse("2026-01-05"),
                        Optional.of("internal note"), true), NOW));
        for (boolean clientVisible : List.of(true, false)) {
            CapacityBudget budget = CapacityBudget.set(new CapacityBudgetId(UUID.randomUUID()), tenant, client,
                    new BudgetTerms(BigDecimal.ONE, BudgetPeriod.MONTH, LocalDate.parse("2026-01-01"), Optional.empty(),
                            clientVisible), NOW);
            persistence.budgets().add(budget);
            persistence.budgets().raise(tenant, new CapacityCrossing(budget.id(), LocalDate.parse("2026-01-01"),
                    CapacityLevel.EXCEEDED, NOW));
            if (clientVisible) {
                SHARED_BUDGETS.put(client, budget.id().value());
            }
        }
    }
}
