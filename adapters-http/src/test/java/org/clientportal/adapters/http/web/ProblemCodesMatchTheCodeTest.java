package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.clientportal.application.attachment.DownloadLink;
import org.clientportal.application.attachment.DownloadLinks;
import org.clientportal.application.blob.BlobTooLarge;
import org.clientportal.application.docs.DocsRejections;
import org.clientportal.application.docs.WebhookRefused;
import org.clientportal.application.fakes.Sha256LinkSigner;
import org.clientportal.application.portal.IssuePortalLink;
import org.clientportal.application.portal.PortalLinkRefused;
import org.clientportal.application.report.GenerateReport;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.ClassificationNotAllowed;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.FileTypeRefused;
import org.clientportal.domain.attachment.TooManyAttachments;
import org.clientportal.domain.capacity.BudgetRules;
import org.clientportal.domain.checkpoint.CheckpointRules;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.capacity.TimeEntryRules;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.engagement.EngagementRules;
import org.clientportal.domain.fixtures.TestClients;
import org.clientportal.domain.fixtures.TestProjects;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.OwnershipPolicy;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.project.UnknownTaskKeys;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportLifecycle;
import org.clientportal.domain.report.ReportPeriod;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Rejection;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskRules;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codes routes document are the codes the domain and the use cases raise, under the status
 * they are answered with: each is raised here by the rule that raises it in production, and its
 * kind, mapped by {@link ProblemTypes}, must give the documented status.
 */
class ProblemCodesMatchTheCodeTest {

    /** Raised by the HTTP adapter itself (or its idempotency store); the live document test meets them. */
    private static final Set<ProblemCode> RAISED_BY_THE_ADAPTER = Set.of(ProblemCodes.MALFORMED_JSON,
            ProblemCodes.BODY_REQUIRED, ProblemCodes.CSRF_TOKEN_MISMATCH, ProblemCodes.IF_MATCH_NOT_AN_ETAG,
            ProblemCodes.BODY_TOO_LARGE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.IDEMPOTENCY_KEY_IN_PROGRESS,
            ProblemCodes.IDEMPOTENCY_KEY_REUSED, ProblemCodes.NOT_READY, ProblemCodes.UPLOAD_TOO_MANY_FIELDS,
            ProblemCodes.UPLOAD_FIELD_TOO_LARGE, ProblemCodes.UPLOAD_TOO_LARGE, ProblemCodes.UPLOAD_NOT_MULTIPART,
            ProblemCodes.UPLOAD_MALFORMED, ProblemCodes.UPLOAD_INCOMPLETE);

    static Stream<Arguments> codesAndTheRulesThatRaiseThem() {
        Operator owner = Operator.restore(new OperatorId(UUID.randomUUID()), TestClients.TENANT,
                new EmailAddress("olive@acme.test"), "Olive", Role.OWNER, "hash", 1, TestClients.T0, TestClients.T0);
        Actor apiKey = new Actor(TestClients.TENANT, new Principal.ApiKey(new ApiKeyId(UUID.randomUUID()), Role.ADMIN,
                Set.of(ApiKeyScope.FULL), owner.id()), "request-1");
        Actor readingKey = new Actor(TestClients.TENANT, new Principal.ApiKey(new ApiKeyId(UUID.randomUUID()),
                Role.ADMIN, Set.of(ApiKeyScope.READ), owner.id()), "request-2");
        Project withOpenMilestone = TestProjects.inStatus(ProjectStatus.IN_REVIEW)
                .withMilestones(List.of(TestProjects.milestone("design")), TestClients.T0);
        return Stream.of(
                Arguments.of(ProblemCodes.VALIDATION, ValidationFailed.of("name", "is required")),
                Arguments.of(ProblemCodes.UNAUTHENTICATED_CALLER, new AuthenticationFailed("no credentials")),
                Arguments.of(ProblemCodes.ROLE_FORBIDDEN, new AccessDenied(Role.VIEWER, Permission.WRITE)),
                Arguments.of(ProblemCodes.SIGNED_IN_OPERATOR_REQUIRED,
                        raised(() -> apiKey.signedInOperator(Permission.MANAGE_OPERATORS))),
                Arguments.of(ProblemCodes.API_KEY_SCOPE_MISSING, raised(() -> readingKey.require(Permission.WRITE))),
                Arguments.of(ProblemCodes.RECORD_NOT_FOUND, new NotFound("client", "c1")),
                Arguments.of(ProblemCodes.CONCURRENT_MODIFICATION, new ConcurrentModification("client", "c1")),
                Arguments.of(ProblemCodes.STALE_VERSION, new StaleVersion("client", 3, 4)),
                Arguments.of(ProblemCodes.RATE_LIMIT_SPENT, new TooManyRequests("registrations", Duration.ofMinutes(5))),
                Arguments.of(ProblemCodes.DEPENDENCY_UNAVAILABLE, new DependencyUnavailable("database", null)),
                Arguments.of(ProblemCodes.TENANT_SLUG_TAKEN, new AlreadyExists("tenant.slug-taken", "taken")),
                Arguments.of(ProblemCodes.OPERATOR_EMAIL_TAKEN, new AlreadyExists("operator.email-taken", "taken")),
                Arguments.of(ProblemCodes.OPERATOR_OWNER_ONLY, rejected(OwnershipPolicy.mayGrant(Role.ADMIN, Role.OWNER))),
                Arguments.of(ProblemCodes.OPERATOR_OWNER_ONLY,
                        rejected(OwnershipPolicy.mayChangeRole(Role.ADMIN, owner, Role.MEMBER, 2))),
                Arguments.of(ProblemCodes.OPERATOR_OWNER_ONLY, rejected(OwnershipPolicy.mayRemove(Role.ADMIN, owner, 2))),
                Arguments.of(ProblemCodes.OPERATOR_LAST_OWNER,
                        rejected(OwnershipPolicy.mayChangeRole(Role.OWNER, owner, Role.ADMIN, 1))),
                Arguments.of(ProblemCodes.OPERATOR_LAST_OWNER, rejected(OwnershipPolicy.mayRemove(Role.OWNER, owner, 1))),
                Arguments.of(ProblemCodes.CLIENT_TRANSITION_NOT_ALLOWED,
                        raised(() -> ClientLifecycle.MOVES.check(ClientStatus.LEAD, ClientStatus.ACTIVE))),
                Arguments.of(ProblemCodes.CLIENT_HAS_ACTIVE_PROJECTS,
                        rejected(EngagementRules.mayMoveClient(ClientStatus.PAUSED, List.of(ProjectStatus.ACTIVE)))),
                Arguments.of(ProblemCodes.CLIENT_HAS_OPEN_PROJECTS,
                        rejected(EngagementRules.mayMoveClient(ClientStatus.OFFBOARDED, List.of(ProjectStatus.ON_HOLD)))),
                Arguments.of(ProblemCodes.PROJECT_TRANSITION_NOT_ALLOWED,
                        raised(() -> ProjectLifecycle.MOVES.check(ProjectStatus.COMPLETED, ProjectStatus.ACTIVE))),
                Arguments.of(ProblemCodes.PROJECT_CLIENT_NOT_ENGAGED,
                        rejected(EngagementRules.mayMoveProject(ProjectStatus.ACTIVE, ClientStatus.LEAD))),
                Arguments.of(ProblemCodes.PROJECT_CLIENT_OFFBOARDED,
                        rejected(EngagementRules.mayCreateProject(ClientStatus.OFFBOARDED))),
                Arguments.of(ProblemCodes.PROJECT_OPEN_MILESTONES,
                        raised(() -> withOpenMilestone.transitionTo(ProjectStatus.COMPLETED, TestClients.T0))),
                Arguments.of(ProblemCodes.PROJECT_CLOSED, raised(() -> TestProjects.inStatus(ProjectStatus.CANCELLED)
                        .withMilestones(List.of(), TestClients.T0))),
                Arguments.of(ProblemCodes.PROJECT_UNKNOWN_TASK_KEYS,
                        raised(() -> UnknownTaskKeys.check(List.of(new TaskKey("ACME-9")), Set.of()))),
                Arguments.of(ProblemCodes.CLIENT_TASK_KEY_PREFIX_TAKEN, new TaskKeyPrefix("ACME").taken()),
                Arguments.of(ProblemCodes.CLIENT_TASK_KEY_PREFIX_IN_USE, rejected(TaskRules.mayChangeTaskKeyPrefix(true))),
                Arguments.of(ProblemCodes.TASK_TRANSITION_NOT_ALLOWED,
                        raised(() -> TaskLifecycle.MOVES.check(TaskStatus.DONE, TaskStatus.IN_PROGRESS))),
                Arguments.of(ProblemCodes.TASK_PROJECT_CLOSED,
                        rejected(TaskRules.mayCreateTask(ProjectStatus.COMPLETED, ClientStatus.ACTIVE))),
                Arguments.of(ProblemCodes.TASK_PROJECT_CLOSED,
                        rejected(TaskRules.mayMoveTask(TaskStatus.OPEN, ProjectStatus.CANCELLED))),
                Arguments.of(ProblemCodes.TASK_CLIENT_OFFBOARDED,
                        rejected(TaskRules.mayCreateTask(ProjectStatus.ACTIVE, ClientStatus.OFFBOARDED))),
                Arguments.of(ProblemCodes.TIME_ENTRY_CLIENT_OFFBOARDED,
                        rejected(TimeEntryRules.mayLogTime(ClientStatus.OFFBOARDED))),
                Arguments.of(ProblemCodes.TIME_ENTRY_NOT_YOURS,
                        rejected(TimeEntryRules.mayLogFor(new OperatorId(UUID.randomUUID()), owner.id(), false))),
                Arguments.of(ProblemCodes.CAPACITY_BUDGET_TOO_MANY,
                        rejected(BudgetRules.mayAddBudget(BudgetRules.BUDGETS_PER_CLIENT_MAX))),
                Arguments.of(ProblemCodes.WEBHOOK_SIGNATURE_INVALID, WebhookRefused.signatureInvalid("no signature")),
                Arguments.of(ProblemCodes.WEBHOOK_TIMESTAMP_OUTSIDE_WINDOW,
                        WebhookRefused.timestampOutsideWindow("an hour ago")),
                Arguments.of(ProblemCodes.DOCS_NO_API_KEY, DocsRejections.noApiKey()),
                Arguments.of(ProblemCodes.DOCS_RECORD_GONE, DocsRejections.recordGone(DocsKind.INVOICE, "inv_1")),
                Arguments.of(ProblemCodes.CHECKPOINT_TOO_MANY,
                        rejected(CheckpointRules.mayPlan(CheckpointRules.PER_PROJECT_MAX))),
                Arguments.of(ProblemCodes.REPORT_TRANSITION_NOT_ALLOWED,
                        raised(() -> ReportLifecycle.MOVES.check(ReportStatus.PUBLISHED, ReportStatus.DRAFT))),
                Arguments.of(ProblemCodes.REPORT_NOT_EDITABLE, raised(() -> approvedReport().edited("New", "New", NOW))),
                Arguments.of(ProblemCodes.REPORT_PROJECT_NOT_SHARED, GenerateReport.projectNotShared()),
                Arguments.of(ProblemCodes.ASK_CLASSIFICATION_NOT_ALLOWED,
                        new ClassificationNotAllowed(AskClassification.TASK, AskClassification.QUESTION)),
                Arguments.of(ProblemCodes.CONTACT_EMAIL_TAKEN, Contact.emailTaken(new EmailAddress("ada@acme.test"))),
                Arguments.of(ProblemCodes.CONTACT_CLIENT_OFFBOARDED, IssuePortalLink.clientOffboarded()),
                Arguments.of(ProblemCodes.PORTAL_LINK_UNKNOWN, PortalLinkRefused.unknown()),
                Arguments.of(ProblemCodes.PORTAL_LINK_USED, PortalLinkRefused.because(PortalLink.State.USED)),
                Arguments.of(ProblemCodes.PORTAL_LINK_EXPIRED, PortalLinkRefused.because(PortalLink.State.EXPIRED)),
                Arguments.of(ProblemCodes.PORTAL_LINK_REVOKED, PortalLinkRefused.because(PortalLink.State.REVOKED)),
                Arguments.of(ProblemCodes.PORTAL_RIGHT_MISSING, raised(() -> new Principal.Contact(
                        new ContactId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), PortalRights.viewOnly())
                        .require(PortalRight.UPLOAD))),
                Arguments.of(ProblemCodes.FILE_TOO_LARGE, new BlobTooLarge(Attachment.MAX_BYTES)),
                Arguments.of(ProblemCodes.TOO_MANY_FILES, new TooManyAttachments(5)),
                Arguments.of(ProblemCodes.FILE_TYPE_REFUSED, new FileTypeRefused("setup.exe", "application/x-dosexec")),
                Arguments.of(ProblemCodes.FILE_LINK_INVALID, raised(() -> LINKS.check("forged", NOW))),
                Arguments.of(ProblemCodes.FILE_LINK_EXPIRED, raised(() -> LINKS.check(token(LINKS.issue(
                        new TenantId(UUID.randomUUID()), new AttachmentId(UUID.randomUUID()), NOW)), NOW.plus(TTL)))));
    }

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final DownloadLinks LINKS = new DownloadLinks(new Sha256LinkSigner(1), TTL, "");

    private static Report approvedReport() {
        return Report.draft(new ReportId(UUID.randomUUID()), new TenantId(UUID.randomUUID()),
                        new ClientId(UUID.randomUUID()), Optional.empty(),
                        new ReportPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")), "February",
                        "# February", "operator:1", NOW)
                .movedTo(ReportStatus.IN_REVIEW, NOW).movedTo(ReportStatus.APPROVED, NOW);
    }

    private static String token(DownloadLink link) {
        return link.url().substring(DownloadLinks.PATH.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesAndTheRulesThatRaiseThem")
    void eachDocumentedCode_isRaisedWithTheKindOfItsDocumentedStatus(ProblemCode documented, DomainError raised) {
        assertThat(raised.code()).isEqualTo(documented.code());
        assertThat(ProblemTypes.status(raised.kind())).as(documented.code()).isEqualTo(documented.status());
    }

    @Test
    void everyCodeOfTheCatalogue_isRaisedAbove_orByTheAdapterItself() {
        Set<ProblemCode> raisedAbove = codesAndTheRulesThatRaiseThem().map(a -> (ProblemCode) a.get()[0])
                .collect(Collectors.toSet());

        assertThat(ProblemCodes.all()).allMatch(code -> raisedAbove.contains(code) ^ RAISED_BY_THE_ADAPTER.contains(code),
                "is raised above, or by the adapter, and not both");
    }

    @Test
    void theOwnerOnlyRule_isAForbiddance_notAConflict() {
        assertThat(ProblemCodes.OPERATOR_OWNER_ONLY.status()).isEqualTo(403);
        assertThat(ProblemCodes.SIGNED_IN_OPERATOR_REQUIRED.status()).isEqualTo(403);
    }

    private static DomainError rejected(Optional<Rejection> rejection) {
        return rejection.map(Rejection::toError).orElseThrow(() -> new AssertionError("the rule did not refuse"));
    }

    private static DomainError raised(ThrowingCallable rule) {
        return catchThrowableOfType(DomainError.class, rule);
    }
}
