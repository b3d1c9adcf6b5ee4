package org.clientportal.adapters.http.openapi;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.clientportal.adapters.http.health.CheckState;
import org.clientportal.domain.shared.FieldError;

/**
 * The JSON form of every problem ({@code Problem.toJson}): its members, and the structured details
 * the errors carry. The document's {@code Problem} schema is generated from it; the live test holds
 * every problem answer to that schema, which refuses a member it does not list.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document. `type` is stable per `code`; `detail` is for"
        + " people. Validation failures list every bad field in `errors`; other refusals add structured members"
        + " (for example `current`, `requested` and `allowed` when a status move is refused, `retryAfterSeconds`"
        + " when a rate limit is spent). Refusals made by the server itself before a route runs (a malformed"
        + " request line, headers too large) may have no `instance`.")
record ProblemJson(
        @Schema(description = "`/problems/<code>`.", format = "uri-reference")
        String type,
        @Schema(description = "A short summary of the kind of problem.")
        String title,
        @Schema(description = "The HTTP status, repeated.", minimum = "400", maximum = "599")
        int status,
        @Schema(description = "What went wrong, for a person.")
        String detail,
        @Schema(description = "The request path.", nullable = true, requiredMode = NOT_REQUIRED)
        String instance,
        @Schema(description = "A stable machine code: what a program should branch on. Each operation lists the"
                + " codes it can answer under each status.")
        String code,
        @Schema(description = "The request's id, as in the `X-Request-Id` header.", requiredMode = NOT_REQUIRED)
        String requestId,
        @ArraySchema(arraySchema = @Schema(description = "Every field that failed validation (400 only).",
                requiredMode = NOT_REQUIRED))
        List<FieldError> errors,
        @Schema(description = "Transition refusals: the record's current status.", requiredMode = NOT_REQUIRED)
        String current,
        @Schema(description = "Transition refusals: the status asked for.", requiredMode = NOT_REQUIRED)
        String requested,
        @ArraySchema(arraySchema = @Schema(description = "Transition refusals: the statuses the record may move to"
                + " now (empty when its status is final).", requiredMode = NOT_REQUIRED))
        List<String> allowed,
        @Schema(description = "Rate-limit refusals: seconds until a retry may succeed (also sent as `Retry-After`).",
                minimum = "1", requiredMode = NOT_REQUIRED)
        long retryAfterSeconds,
        @Schema(description = "Stale-version refusals: the version sent in `If-Match`.", requiredMode = NOT_REQUIRED)
        long expectedVersion,
        @Schema(description = "Stale-version refusals: the record's current version.", requiredMode = NOT_REQUIRED)
        long currentVersion,
        @Schema(description = "Not-found and concurrent-modification refusals: the kind of record.",
                requiredMode = NOT_REQUIRED)
        String entity,
        @Schema(description = "Not-found and concurrent-modification refusals: the id asked for.",
                requiredMode = NOT_REQUIRED)
        String id,
        @Schema(description = "Permission refusals: the caller's role.", requiredMode = NOT_REQUIRED)
        String role,
        @Schema(description = "Permission refusals: the permission the role lacks, or that only a signed-in operator"
                + " may use.", requiredMode = NOT_REQUIRED)
        String permission,
        @Schema(description = "503 refusals: the service that did not answer (`database`, `session store`,"
                + " `rate limiter`).", requiredMode = NOT_REQUIRED)
        String dependency,
        @Schema(description = "Readiness refusals: the state of every check.", requiredMode = NOT_REQUIRED)
        Map<String, CheckState> checks,
        @ArraySchema(arraySchema = @Schema(description = "Unknown task key refusals: each linked key that names no"
                + " task of the project, in plan order.", requiredMode = NOT_REQUIRED))
        List<String> taskKeys,
        @Schema(description = "Readiness refusals: how long each check took, in milliseconds (a check that timed"
                + " out took its timeout).", requiredMode = NOT_REQUIRED)
        Map<String, Double> latencyMs,
        @Schema(description = "Portal right refusals: the right the contact lacks.", requiredMode = NOT_REQUIRED)
        String right,
        @Schema(description = "Upload refusals: the most bytes a file (`file-too-large`), a form field"
                + " (`upload.field-too-large`) or a whole upload (`upload.too-large`) may have.",
                requiredMode = NOT_REQUIRED)
        long maxBytes,
        @Schema(description = "Upload refusals: the most files a parent may hold.", requiredMode = NOT_REQUIRED)
        int maxFiles,
        @Schema(description = "Upload refusals: how many files the parent holds already.", requiredMode = NOT_REQUIRED)
        int attached,
        @Schema(description = "Upload refusals: the most form fields an upload may have besides its files.",
                requiredMode = NOT_REQUIRED)
        int maxFields,
        @Schema(description = "Upload refusals: the form field that is too large.", requiredMode = NOT_REQUIRED)
        String field,
        @Schema(description = "Upload refusals: the name of the file refused.", requiredMode = NOT_REQUIRED)
        String name,
        @Schema(description = "Upload refusals: the type the refused file's bytes say it is.",
                requiredMode = NOT_REQUIRED)
        String contentType) {
}
