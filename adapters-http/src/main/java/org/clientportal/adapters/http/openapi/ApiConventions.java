package org.clientportal.adapters.http.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clientportal.adapters.http.web.Authentication;
import org.clientportal.adapters.http.web.MultipartForm;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCode;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Refusals;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.SessionCookie;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskClassifications;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.project.ProjectLifecycle;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskStatus;

/**
 * What the document says once for every operation: the API's description and servers, its two
 * credentials, the headers and parameters of its conventions (request ids, ETags, Idempotency-Key,
 * CSRF), the problem responses several operations share, and the schemas of the domain's statuses
 * and roles — fed by the lifecycle tables themselves.
 */
final class ApiConventions {

    static final String TITLE = "Client Management Portal API";
    static final String VERSION = "0.1.0";
    static final String SUMMARY = "One tenant-scoped operating record of an agency's clients and projects.";
    static final String DESCRIPTION = """
            JSON over HTTP: the agency's side under `/api/v1`, the client portal under `/portal/api/v1`; \
            public routes (sign-up, sign-in, intake, opening the portal) need no credentials and are \
            rate-limited.

            **Authentication.** On `/api/v1`, send an API key as `Authorization: Bearer cmp_...`, or sign in \
            with POST /api/v1/sessions and send the `portal_session` cookie. On `/portal/api/v1`, a client's \
            contact exchanges a portal link with POST /portal/api/v1/sessions and sends the \
            `portal_contact_session` cookie; nothing else works there, and that cookie works nowhere else \
            (401). Cookie-authenticated writes (POST, PUT, PATCH, DELETE) must also send the session's \
            `csrfToken` as `X-CSRF-Token`.

            **Errors** are RFC 9457 `application/problem+json` documents with a stable `code`, a human \
            `detail` and the `requestId`; validation failures list every bad field in `errors`. Each \
            operation lists, per status, the codes it can answer (also in `x-problem-codes`). Another \
            agency's id is answered 404, never 403.

            **Writes.** Authenticated POSTs honour `Idempotency-Key`. Versioned records (clients, projects, \
            operators) answer with an `ETag`; send it back in `If-Match` to refuse a change based on a stale \
            read (412).

            **Lists** answer `{"items": [...], "nextCursor": "..." | null}`; pass `limit` (1-100, default 50) \
            and `cursor`.

            Names are camelCase, times ISO-8601 UTC, ids opaque strings, statuses and roles lower-case words. \
            Every response carries `X-Request-Id`.""";

    /**
     * Where the API is served: the portal that served the document, whatever its address (every path
     * in the document is absolute: {@code /api/v1/...}, {@code /healthz}).
     */
    static final List<Map<String, String>> SERVERS = List.of(
            Map.of("url", "/", "description", "The portal that served this document (started locally with the"
                    + " defaults: http://127.0.0.1:7070, `PORTAL_HTTP_PORT` changes the port)"));

    static final String API_KEY = "apiKey";
    static final String SESSION = "session";
    static final String PORTAL_SESSION = "portalSession";

    static final String REQUEST_ID = "RequestId";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    static final String IF_MATCH = "IfMatch";
    static final String CSRF_TOKEN = "CsrfToken";

    static final String REQUEST_ID_HEADER = RequestIds.HEADER;
    static final String ETAG_HEADER = "ETag";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String RETRY_AFTER_HEADER = "Retry-After";
    static final String SET_SESSION_COOKIE = "Set-Session-Cookie";
    static final String CLEAR_SESSION_COOKIE = "Clear-Session-Cookie";
    static final String SET_PORTAL_SESSION_COOKIE = "Set-Portal-Session-Cookie";
    static final String CLEAR_PORTAL_SESSION_COOKIE = "Clear-Portal-Session-Cookie";

    /** The key under which an error response lists the codes it stands for. */
    static final String PROBLEM_CODES = "x-problem-codes";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ApiConventions() {
    }

    /** The body of every upload: files as repeated parts named {@code file}, streamed, never replayed. */
    static ObjectNode fileUploadBody() {
        ObjectNode body = JSON.objectNode().put("required", true).put("description", "One or more files, each a"
                + " part named `file` with its file name; up to 5 on a parent in all, each at most 10 MB"
                + " (10485760 bytes), up to 20 other form fields (ignored, at most 8 KB each). The type each file"
                + " gets is sniffed from its bytes; a part's own `Content-Type` is not read.");
        ObjectNode schema = body.putObject("content").putObject("multipart/form-data").putObject("schema")
                .put("type", "object");
        schema.putArray("required").add(MultipartForm.FILE_FIELD);
        schema.putObject("properties").putObject(MultipartForm.FILE_FIELD).put("type", "array").put("minItems", 1)
                .put("maxItems", Attachment.MAX_PER_PARENT)
                .putObject("items").put("type", "string").put("format", "binary");
        return body;
    }

    static ObjectNode securitySchemes() {
        ObjectNode schemes = JSON.objectNode();
        schemes.putObject(API_KEY).put("type", "http").put("scheme", "bearer")
                .put("bearerFormat", "cmp_<tenant>_<secret>")
                .put("description", "An API key issued with POST /api/v1/api-keys, sent as `Authorization: Bearer cmp_...`."
                        + " Needs no CSRF token.");
        schemes.putObject(SESSION).put("type", "apiKey").put("in", "cookie").put("name", SessionCookie.OPERATOR)
                .put("description", "The session cookie set by POST /api/v1/sessions. Writes must also send the"
                        + " session's `csrfToken` in the `" + Authentication.CSRF_HEADER + "` header.");
        schemes.putObject(PORTAL_SESSION).put("type", "apiKey").put("in", "cookie").put("name", SessionCookie.CONTACT)
                .put("description", "A client's contact's portal session, set by POST /portal/api/v1/sessions in"
                        + " exchange for a portal link. The only credential of `/portal` routes. Writes must also send"
                        + " the session's `csrfToken` in the `" + Authentication.CSRF_HEADER + "` header.");
        return schemes;
    }

    /** The response header component that sets or clears the named session cookie. */
    static String cookieHeader(String cookieName, String change) {
        boolean portal = cookieName.equals(SessionCookie.CONTACT);
        if (change.equals("set")) {
            return portal ? SET_PORTAL_SESSION_COOKIE : SET_SESSION_COOKIE;
        }
        return portal ? CLEAR_PORTAL_SESSION_COOKIE : CLEAR_SESSION_COOKIE;
    }

    /** The header parameters of the conventions, by component name. */
    static Map<String, ObjectNode> parameters() {
        Map<String, ObjectNode> parameters = new LinkedHashMap<>();
        parameters.put(REQUEST_ID, header(REQUEST_ID_HEADER, "Your own id for this request, kept when it is 1-100"
                        + " characters of letters, digits and `._:-` (otherwise replaced); echoed in the response and"
                        + " written to the audit trail.",
                JSON.objectNode().put("type", "string").put("maxLength", 100)));
        parameters.put(IDEMPOTENCY_KEY, header("Idempotency-Key", "Makes the POST safe to retry: a repeat with the"
                        + " same key and the same request gets the first answer again (with `Idempotent-Replayed: true`)"
                        + " and nothing is done twice. The same key with a different request is refused (422); a repeat"
                        + " while the first is still running is refused (409). A request that failed frees its key."
                        + " Keys are scoped to the caller.",
                JSON.objectNode().put("type", "string").put("minLength", 1).put("maxLength", IdempotentRequests.KEY_MAX)));
        ObjectNode ifMatch = header("If-Match", "The `ETag` the change is based on, e.g. `\"3\"`. When the record has"
                        + " moved on, the change is refused with 412 `stale-version`. If-Match uses the strong comparison:"
                        + " a weak tag (`W/\"3\"`), or anything that is not an ETag this API sent, is refused with 412"
                        + " `precondition-failed`. Left out (or `*`), the change applies to the current version.",
                JSON.objectNode().put("type", "string").put("pattern", "^(?:\\*|\"[0-9]{1,18}\")$"));
        ifMatch.putObject("examples").putObject("version").put("value", "\"3\"");
        parameters.put(IF_MATCH, ifMatch);
        parameters.put(CSRF_TOKEN, header(Authentication.CSRF_HEADER, "Required on writes authenticated by the `"
                        + SessionCookie.OPERATOR + "` or `" + SessionCookie.CONTACT + "` cookie: that session's"
                        + " `csrfToken`. Not needed with an API key.",
                JSON.objectNode().put("type", "string")));
        return parameters;
    }

    static ObjectNode headers() {
        ObjectNode headers = JSON.objectNode();
        headers.set(REQUEST_ID_HEADER, responseHeader("The request's id: the caller's own `X-Request-Id` when it is"
                + " 1-100 characters of letters, digits and `._:-`, otherwise a new one. Quote it when reporting a"
                + " problem.", JSON.objectNode().put("type", "string")));
        headers.set(ETAG_HEADER, responseHeader("The record's version in quotes, e.g. `\"3\"`. Send it back in"
                + " `If-Match` to guard the next change.", JSON.objectNode().put("type", "string")
                .put("pattern", "^\"[0-9]+\"$")));
        headers.set(REPLAYED_HEADER, responseHeader("Present, as `true`, when this is the recorded answer to an earlier"
                + " request with the same `Idempotency-Key` (nothing was done twice): the same status, headers and"
                + " body as the first answer.", JSON.objectNode().put("type", "string").put("const", "true")));
        headers.set(RETRY_AFTER_HEADER, responseHeader("Seconds to wait before retrying.",
                JSON.objectNode().put("type", "integer").put("minimum", 1)));
        headers.set(SET_SESSION_COOKIE, responseHeader("`" + SessionCookie.OPERATOR + "=<id>; Path=/; HttpOnly;"
                + " SameSite=Lax` (plus `Secure` behind TLS).", JSON.objectNode().put("type", "string")));
        headers.set(CLEAR_SESSION_COOKIE, responseHeader("Expires the `" + SessionCookie.OPERATOR + "` cookie.",
                JSON.objectNode().put("type", "string")));
        headers.set(SET_PORTAL_SESSION_COOKIE, responseHeader("`" + SessionCookie.CONTACT + "=<id>; Path=/portal;"
                + " HttpOnly; SameSite=Lax` (plus `Secure` behind TLS).", JSON.objectNode().put("type", "string")));
        headers.set(CLEAR_PORTAL_SESSION_COOKIE, responseHeader("Expires the `" + SessionCookie.CONTACT + "` cookie.",
                JSON.objectNode().put("type", "string")));
        return headers;
    }

    /**
     * Problem responses several operations give alike, by component name: an operation whose answer
     * at a status is one of these refers to it instead of repeating it.
     */
    static Map<String, List<ProblemCode>> sharedProblems() {
        Map<String, List<ProblemCode>> shared = new LinkedHashMap<>();
        shared.put("BadRequest", List.of(ProblemCodes.VALIDATION, ProblemCodes.MALFORMED_JSON, ProblemCodes.BODY_REQUIRED));
        shared.put("InvalidParameters", List.of(ProblemCodes.VALIDATION));
        shared.put("Unauthorized", List.of(ProblemCodes.UNAUTHENTICATED_CALLER));
        shared.put("NotFound", List.of(ProblemCodes.RECORD_NOT_FOUND));
        shared.put("PreconditionFailed", List.of(ProblemCodes.STALE_VERSION, ProblemCodes.IF_MATCH_NOT_AN_ETAG));
        shared.put("ContentTooLarge", List.of(ProblemCodes.BODY_TOO_LARGE));
        shared.put("UnsupportedMediaType", List.of(ProblemCodes.UNSUPPORTED_MEDIA_TYPE));
        shared.put("IdempotencyKeyReused", List.of(ProblemCodes.IDEMPOTENCY_KEY_REUSED));
        shared.put("TooManyRequests", List.of(ProblemCodes.RATE_LIMIT_SPENT));
        shared.put("ServiceUnavailable", List.of(ProblemCodes.DEPENDENCY_UNAVAILABLE));
        shared.put("NotReady", List.of(ProblemCodes.NOT_READY));
        return shared;
    }

    /** The component for an operation that documents no refusal of its own: what the server refuses before any route. */
    static final String REQUEST_REJECTED = "RequestRejected";

    /** The server's own refusals (4xx), as {@link Refusals} words them. */
    static List<ProblemCode> serverRefusals() {
        return Refusals.all().stream().filter(p -> p.status() < 500)
                .map(p -> ProblemCode.refusal(p.status(), p.code(), p.detail())).toList();
    }

    /** The shared enums: statuses with their lifecycle's moves, and roles. */
    static Map<Class<?>, Function<List<String>, ObjectNode>> vocabulary() {
        return Map.of(
                ClientStatus.class, names -> status(names, ClientLifecycle.MOVES, ClientStatus.class,
                        "Where the relationship with a client stands.", ""),
                ProjectStatus.class, names -> status(names, ProjectLifecycle.MOVES, ProjectStatus.class,
                        "Where a project stands.", "\n\nA project is completed only when every milestone is done, and"
                                + " goes `active` only while its client is `onboarding` or `active`."),
                TaskStatus.class, names -> status(names, TaskLifecycle.MOVES, TaskStatus.class,
                        "Where a task stands.", "\n\nDeclining a request (`requested` to `cancelled`) needs a reason;"
                                + " a task of a completed or cancelled project can only be done or cancelled."),
                AskClassification.class, names -> status(names, AskClassifications.MOVES, AskClassification.class,
                        "What the agency made of a client's ask.", "\n\nA `task` or a `bug` gets a linked task"
                                + " and is final; asks start `unclassified` and never go back to it."),
                Role.class, names -> enumeration(names, "An operator's role: `owner` and `admin` may do everything"
                        + " (only an owner grants, changes or removes ownership), `member` reads and writes, `viewer`"
                        + " only reads."));
    }

    /** An API key's role: any but owner (a key never holds the agency). */
    static final String API_KEY_ROLE = "ApiKeyRole";

    static ObjectNode apiKeyRole() {
        List<String> names = Arrays.stream(Role.values()).filter(role -> role != Role.OWNER).map(WireNames::of).toList();
        return enumeration(names, "The role an API key acts with; never `owner`, and never more than its issuer's.");
    }

    private static <S extends Enum<S>> ObjectNode status(List<String> names, Lifecycle<S> lifecycle, Class<S> statuses,
                                                         String what, String more) {
        ObjectNode schema = enumeration(names, what + " Allowed moves:\n\n" + Operation.allowedMoves(lifecycle, statuses)
                + more);
        ObjectNode transitions = schema.putObject("x-transitions");
        for (S status : statuses.getEnumConstants()) {
            WireNames.of(lifecycle.allowedFrom(status)).forEach(transitions.putArray(WireNames.of(status))::add);
        }
        return schema;
    }

    private static ObjectNode enumeration(List<String> names, String description) {
        ObjectNode schema = JSON.objectNode().put("type", "string");
        names.forEach(schema.putArray("enum")::add);
        return schema.put("description", description);
    }

    private static ObjectNode header(String name, String description, ObjectNode schema) {
        ObjectNode parameter = JSON.objectNode().put("name", name).put("in", "header").put("required", false)
                .put("description", description);
        parameter.set("schema", schema);
        return parameter;
    }

    private static ObjectNode responseHeader(String description, ObjectNode schema) {
        ObjectNode header = JSON.objectNode().put("description", description);
        header.set("schema", schema);
        return header;
    }
}
