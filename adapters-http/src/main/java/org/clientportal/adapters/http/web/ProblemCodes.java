package org.clientportal.adapters.http.web;

import static org.clientportal.domain.shared.ErrorKind.CONFLICT;
import static org.clientportal.domain.shared.ErrorKind.FORBIDDEN;
import static org.clientportal.domain.shared.ErrorKind.INVALID;
import static org.clientportal.domain.shared.ErrorKind.NOT_FOUND;
import static org.clientportal.domain.shared.ErrorKind.PRECONDITION_FAILED;
import static org.clientportal.domain.shared.ErrorKind.RATE_LIMITED;
import static org.clientportal.domain.shared.ErrorKind.UNAUTHENTICATED;
import static org.clientportal.domain.shared.ErrorKind.UNAVAILABLE;
import static org.clientportal.domain.shared.ErrorKind.TOO_LARGE;
import static org.clientportal.domain.shared.ErrorKind.UNPROCESSABLE;
import static org.clientportal.domain.shared.ErrorKind.UNSUPPORTED_TYPE;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.clientportal.application.attachment.DownloadLinks;
import org.clientportal.application.docs.DocsRejections;
import org.clientportal.application.docs.WebhookRefused;
import org.clientportal.application.report.GenerateReport;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportLifecycle;
import org.clientportal.domain.task.TaskLifecycle;

/**
 * The problem codes routes declare in their {@link Operation}s, each with the status it is answered
 * with. Codes raised as domain errors take that status from their kind, so a route cannot document a
 * code under a status it is never answered with; a test raises each of them from the domain and the
 * use cases to hold their kinds to these.
 */
public final class ProblemCodes {

    public static final ProblemCode VALIDATION = ProblemCode.of(INVALID, "validation",
            "a field, query parameter or header breaks a rule; `errors` names every bad one");
    public static final ProblemCode MALFORMED_JSON = ProblemCode.of(INVALID, "malformed-json",
            "the body is not a JSON object of the expected shape: an unknown field, a wrong type, a field given"
                    + " twice, or bytes that are not UTF-8 (named in `errors`)");
    public static final ProblemCode BODY_REQUIRED = ProblemCode.of(INVALID, "body-required",
            "the request has no body");
    public static final ProblemCode UNAUTHENTICATED_CALLER = ProblemCode.of(UNAUTHENTICATED, "unauthenticated",
            "no valid credentials: no API key or session cookie, an unknown, revoked or expired key, or a session"
                    + " that has ended");
    public static final ProblemCode ROLE_FORBIDDEN = ProblemCode.of(FORBIDDEN, "forbidden",
            "the caller's role does not grant the permission (with `role` and `permission`)");
    public static final ProblemCode API_KEY_SCOPE_MISSING = ProblemCode.of(FORBIDDEN, "api-key.scope-missing",
            "the API key's scopes do not cover this (with `permission` and the key's `scopes`), whatever its role");
    public static final ProblemCode SIGNED_IN_OPERATOR_REQUIRED = ProblemCode.of(FORBIDDEN,
            "signed-in-operator-required",
            "only an operator signed in with a session may do this; an API key may not, whatever its role");
    public static final ProblemCode CSRF_TOKEN_MISMATCH = ProblemCode.of(FORBIDDEN, "csrf-token-mismatch",
            "a cookie-authenticated write did not send the session's `csrfToken` as `X-CSRF-Token`");
    public static final ProblemCode RECORD_NOT_FOUND = ProblemCode.of(NOT_FOUND, "not-found",
            "no such record in the caller's agency; another agency's id is answered the same way");
    public static final ProblemCode CONCURRENT_MODIFICATION = ProblemCode.of(CONFLICT, "concurrent-modification",
            "the record was changed by a concurrent request; read it again");
    public static final ProblemCode IDEMPOTENCY_KEY_IN_PROGRESS = ProblemCode.of(CONFLICT,
            "idempotency-key-in-progress", "a request with the same `Idempotency-Key` is still running");
    public static final ProblemCode IDEMPOTENCY_KEY_REUSED = ProblemCode.of(UNPROCESSABLE, "idempotency-key-reused",
            "the `Idempotency-Key` was already used by this caller with a different request");
    public static final ProblemCode STALE_VERSION = ProblemCode.of(PRECONDITION_FAILED, "stale-version",
            "`If-Match` names a version that is no longer current (with `expectedVersion` and `currentVersion`)");
    public static final ProblemCode IF_MATCH_NOT_AN_ETAG = ProblemCode.of(PRECONDITION_FAILED, "precondition-failed",
            "`If-Match` is not an ETag this API sent, a weak one (`W/\"3\"`) included");
    public static final ProblemCode BODY_TOO_LARGE = ProblemCode.refusal(413, "body-too-large",
            "the body is larger than the server accepts (`PORTAL_MAX_BODY_BYTES`, 1 MB by default)");
    public static final ProblemCode UNSUPPORTED_MEDIA_TYPE = ProblemCode.refusal(415, "unsupported-media-type",
            "the body is not sent as `application/json` (or another `+json` type), or declares an unknown charset");
    public static final ProblemCode RATE_LIMIT_SPENT = ProblemCode.of(RATE_LIMITED, "rate-limited",
            "a rate limit is spent; `Retry-After` and `retryAfterSeconds` say when to try again");
    public static final ProblemCode DEPENDENCY_UNAVAILABLE = ProblemCode.of(UNAVAILABLE, "dependency-unavailable",
            "PostgreSQL, or Redis behind sessions and rate limits, does not answer right now (named in"
                    + " `dependency`); retry shortly");
    public static final ProblemCode NOT_READY = ProblemCode.of(UNAVAILABLE, "not-ready",
            "a dependency does not answer; `checks` gives the state of each, `latencyMs` how long each check took");

    public static final ProblemCode TENANT_SLUG_TAKEN = ProblemCode.of(CONFLICT, "tenant.slug-taken",
            "the slug is taken by another agency");
    public static final ProblemCode OPERATOR_EMAIL_TAKEN = ProblemCode.of(CONFLICT, "operator.email-taken",
            "the email is taken in this agency");
    public static final ProblemCode OPERATOR_OWNER_ONLY = ProblemCode.of(FORBIDDEN, "operator.owner-only",
            "only an owner grants, changes or removes the owner role");
    public static final ProblemCode OPERATOR_LAST_OWNER = ProblemCode.of(CONFLICT, "operator.last-owner",
            "the agency's last owner can be neither demoted nor removed; make another operator owner first");
    public static final ProblemCode CLIENT_TRANSITION_NOT_ALLOWED = ProblemCode.of(CONFLICT,
            ClientLifecycle.MOVES.machine() + ".transition-not-allowed",
            "the client lifecycle does not allow the move (with `current`, `requested` and `allowed`)");
    public static final ProblemCode CLIENT_HAS_ACTIVE_PROJECTS = ProblemCode.of(CONFLICT, "client.has-active-projects",
            "the client has active projects and cannot be paused; put them on hold first");
    public static final ProblemCode CLIENT_HAS_OPEN_PROJECTS = ProblemCode.of(CONFLICT, "client.has-open-projects",
            "the client has active, on-hold or in-review projects and cannot be offboarded; complete or cancel them"
                    + " first");
    public static final ProblemCode PROJECT_TRANSITION_NOT_ALLOWED = ProblemCode.of(CONFLICT,
            ProjectLifecycle.MOVES.machine() + ".transition-not-allowed",
            "the project lifecycle does not allow the move (with `current`, `requested` and `allowed`)");
    public static final ProblemCode PROJECT_CLIENT_NOT_ENGAGED = ProblemCode.of(CONFLICT, "project.client-not-engaged",
            "a project goes active only while its client is onboarding or active");
    public static final ProblemCode PROJECT_CLIENT_OFFBOARDED = ProblemCode.of(CONFLICT, "project.client-offboarded",
            "the client is offboarded; re-engage it before planning new work");
    public static final ProblemCode PROJECT_OPEN_MILESTONES = ProblemCode.of(CONFLICT, "project.open-milestones",
            "a project is completed only when every milestone is done");
    public static final ProblemCode PROJECT_CLOSED = ProblemCode.of(CONFLICT, "project.closed",
            "the project is completed or cancelled, so its plan is fixed");
    public static final ProblemCode PROJECT_UNKNOWN_TASK_KEYS = ProblemCode.of(UNPROCESSABLE,
            "project.unknown-task-keys", "a milestone links keys that name no task of the project (each named in"
                    + " `taskKeys`, in plan order); nothing changed");
    public static final ProblemCode CLIENT_TASK_KEY_PREFIX_TAKEN = ProblemCode.of(CONFLICT, TaskKeyPrefix.TAKEN,
            "another client of the agency has this task key prefix");
    public static final ProblemCode CLIENT_TASK_KEY_PREFIX_IN_USE = ProblemCode.of(CONFLICT,
            "client.task-key-prefix-in-use", "the client already has tasks or asks, so its task key prefix is fixed");

    public static final ProblemCode TASK_TRANSITION_NOT_ALLOWED = ProblemCode.of(CONFLICT,
            TaskLifecycle.MOVES.machine() + ".transition-not-allowed",
            "the task lifecycle does not allow the move (with `current`, `requested` and `allowed`)");
    public static final ProblemCode TASK_PROJECT_CLOSED = ProblemCode.of(CONFLICT, "task.project-closed",
            "the task's project is completed or cancelled: no new task on it, and its tasks can only be done or"
                    + " cancelled");
    public static final ProblemCode TASK_CLIENT_OFFBOARDED = ProblemCode.of(CONFLICT, "task.client-offboarded",
            "the project's client is offboarded; re-engage it before adding tasks");

    public static final ProblemCode ASK_CLASSIFICATION_NOT_ALLOWED = ProblemCode.of(CONFLICT,
            "ask.classification-not-allowed", "the ask's classification cannot become the one asked for: a task or a"
                    + " bug is final, nothing goes back to unclassified (with `current`, `requested` and `allowed`)");

    public static final ProblemCode CONTACT_EMAIL_TAKEN = ProblemCode.of(CONFLICT, "contact.email-taken",
            "the client already has a contact with this email");
    public static final ProblemCode CONTACT_CLIENT_OFFBOARDED = ProblemCode.of(CONFLICT, "contact.client-offboarded",
            "the contact's client is offboarded: its contacts cannot open the portal");
    public static final ProblemCode PORTAL_LINK_UNKNOWN = ProblemCode.of(UNAUTHENTICATED, "portal-link.unknown",
            "the token is no portal link: mistyped, tampered with, or never issued");
    public static final ProblemCode PORTAL_LINK_USED = ProblemCode.of(UNAUTHENTICATED, "portal-link.used",
            "the portal link has opened the portal once already; each opens it once");
    public static final ProblemCode PORTAL_LINK_EXPIRED = ProblemCode.of(UNAUTHENTICATED, "portal-link.expired",
            "the portal link was not used in time");
    public static final ProblemCode PORTAL_LINK_REVOKED = ProblemCode.of(UNAUTHENTICATED, "portal-link.revoked",
            "the agency withdrew the link: it revoked the contact's access, removed the contact or offboarded the"
                    + " client");
    public static final ProblemCode FILE_LINK_INVALID = ProblemCode.of(FORBIDDEN, DownloadLinks.INVALID,
            "the download link is not one the portal issued, or it was altered");
    public static final ProblemCode FILE_LINK_EXPIRED = ProblemCode.of(FORBIDDEN, DownloadLinks.EXPIRED,
            "the download link has expired; ask for a new one");
    public static final ProblemCode FILE_TOO_LARGE = ProblemCode.of(TOO_LARGE, "file-too-large",
            "a file is larger than a file may be (10 MB, `maxBytes`); nothing of the upload is kept");
    public static final ProblemCode TOO_MANY_FILES = ProblemCode.of(TOO_LARGE, "attachment.too-many-files",
            "the parent would hold more than 5 files (`maxFiles`, `attached`); nothing of the upload is kept");
    public static final ProblemCode UPLOAD_TOO_MANY_FIELDS = ProblemCode.of(TOO_LARGE, "upload.too-many-fields",
            "the form has more than 20 fields besides its files (`maxFields`)");
    public static final ProblemCode UPLOAD_FIELD_TOO_LARGE = ProblemCode.of(TOO_LARGE, "upload.field-too-large",
            "a form field (not a file) is larger than 8 KB (`field`, `maxBytes`)");
    public static final ProblemCode UPLOAD_TOO_LARGE = ProblemCode.of(TOO_LARGE, "upload.too-large",
            "the whole upload is larger than five files of the largest size and their form (`maxBytes`)");
    public static final ProblemCode FILE_TYPE_REFUSED = ProblemCode.of(UNSUPPORTED_TYPE, "attachment.type-refused",
            "a file's bytes say it is a program or script (`name`, `contentType`), which cannot be attached");
    public static final ProblemCode UPLOAD_NOT_MULTIPART = ProblemCode.of(UNSUPPORTED_TYPE, "upload.not-multipart",
            "the body is not sent as `multipart/form-data` with a boundary");
    public static final ProblemCode UPLOAD_MALFORMED = ProblemCode.of(INVALID, "upload.malformed",
            "the multipart body is not well-formed: a missing or wrong boundary, bad part headers");
    public static final ProblemCode UPLOAD_INCOMPLETE = ProblemCode.of(INVALID, "upload.incomplete",
            "the body ended, or stopped arriving, before its last part; nothing of it is kept");
    public static final ProblemCode REPORT_TRANSITION_NOT_ALLOWED = ProblemCode.of(CONFLICT,
            ReportLifecycle.MOVES.machine() + ".transition-not-allowed",
            "the report lifecycle does not allow the move (with `current`, `requested` and `allowed`)");
    public static final ProblemCode REPORT_NOT_EDITABLE = ProblemCode.of(CONFLICT, Report.NOT_EDITABLE,
            "the report is approved, published or discarded: only a draft or a report in review can be edited");
    public static final ProblemCode REPORT_PROJECT_NOT_SHARED = ProblemCode.of(CONFLICT,
            GenerateReport.PROJECT_NOT_SHARED, "the project is internal; a report speaks only of what the client"
                    + " may see, so share the project first");

    public static final ProblemCode PORTAL_RIGHT_MISSING = ProblemCode.of(FORBIDDEN, "portal-right-missing",
            "the contact lacks the portal right this needs (named in `right`)");

    public static final ProblemCode TIME_ENTRY_CLIENT_OFFBOARDED = ProblemCode.of(CONFLICT,
            "time-entry.client-offboarded", "the client is offboarded; re-engage it before logging time for it");
    public static final ProblemCode TIME_ENTRY_NOT_YOURS = ProblemCode.of(FORBIDDEN, "time-entry.not-yours",
            "the time entry is another operator's, or is logged as one: only owners and admins change others' time");
    public static final ProblemCode CAPACITY_BUDGET_TOO_MANY = ProblemCode.of(CONFLICT, "capacity-budget.too-many",
            "the client has 20 budgets already; delete one it no longer needs first");
    public static final ProblemCode WEBHOOK_SIGNATURE_INVALID = ProblemCode.of(UNAUTHENTICATED,
            WebhookRefused.SIGNATURE_INVALID, "the webhook has no signature, or one that does not match its body and"
                    + " timestamp signed with the agency's webhook secret; nothing of it was read");
    public static final ProblemCode WEBHOOK_TIMESTAMP_OUTSIDE_WINDOW = ProblemCode.of(UNAUTHENTICATED,
            WebhookRefused.TIMESTAMP_OUTSIDE_WINDOW, "the webhook was signed more than 5 minutes away from now, or"
                    + " its timestamp is not seconds since the epoch; nothing of it was read");
    public static final ProblemCode DOCS_NO_API_KEY = ProblemCode.of(CONFLICT, DocsRejections.NO_API_KEY,
            "the agency has no Klevar Docs API key to pull with; set one with PUT /api/v1/integrations/klevar-docs");
    public static final ProblemCode DOCS_RECORD_GONE = ProblemCode.of(CONFLICT, DocsRejections.RECORD_GONE,
            "Klevar Docs no longer has the record; the portal keeps its last copy");
    public static final ProblemCode CHECKPOINT_TOO_MANY = ProblemCode.of(CONFLICT, "checkpoint.too-many",
            "the project has 20 checkpoints already; remove one it no longer needs first");

    private ProblemCodes() {
    }

    /** What any upload can be refused for, besides its route's own rules. */
    public static final List<ProblemCode> UPLOAD_REFUSALS = List.of(VALIDATION, FILE_TOO_LARGE, TOO_MANY_FILES,
            UPLOAD_TOO_MANY_FIELDS, UPLOAD_FIELD_TOO_LARGE, UPLOAD_TOO_LARGE, FILE_TYPE_REFUSED, UPLOAD_NOT_MULTIPART,
            UPLOAD_MALFORMED, UPLOAD_INCOMPLETE);

    /** Every code above, for the document and the tests that hold them to the code that raises them. */
    public static List<ProblemCode> all() {
        return Arrays.stream(ProblemCodes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ProblemCode.class)
                .map(ProblemCodes::valueOf)
                .toList();
    }

    private static ProblemCode valueOf(Field field) {
        try {
            return (ProblemCode) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a public constant cannot be read: " + field, e);
        }
    }
}
