package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ONE place where failures become responses. Handlers throw; this answers problem+json with a
 * status from {@link ProblemTypes}. Nothing a caller sends can produce a 5xx.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final Replies replies;

    public ErrorResponses(Replies replies) {
        this.replies = replies;
    }

    public void register(RoutesConfig routes) {
        routes.exception(DomainError.class, (e, ctx) -> replies.write(ctx, problemOf(e, ctx)));
        routes.exception(JsonProcessingException.class, (e, ctx) -> replies.write(ctx, JsonProblems.of(e)));
        routes.exception(JsonBodies.UnsupportedMediaType.class, (e, ctx) ->
                replies.write(ctx, Problem.of(415, "unsupported-media-type", "Unsupported media type", e.getMessage())));
        routes.exception(HttpResponseException.class, (e, ctx) -> replies.write(ctx, problemOf(e, ctx)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure of {} {}", HeadAsGet.method(ctx), ctx.path(), e);
            replies.write(ctx, Problem.of(500, "internal", "Internal error",
                    "Something went wrong on our side; quote request id " + RequestIds.of(ctx)));
        });
    }

    private static Problem problemOf(DomainError e, Context ctx) {
        if (e instanceof TooManyRequests limited) {
            ctx.header("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        if (e.getCause() != null) {
            LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e.getCause());
        }
        List<org.clientportal.domain.shared.FieldError> errors =
                e instanceof ValidationFailed invalid ? invalid.fieldErrors() : List.of();
        return new Problem(ProblemTypes.status(e.kind()), e.code(), ProblemTypes.title(e.kind()), e.getMessage(), errors,
                e.details());
    }

    /** Javalin's own refusals (unknown route, body too large, ...): our fixed code per status, never its text. */
    private static Problem problemOf(HttpResponseException e, Context ctx) {
        String method = HeadAsGet.method(ctx);
        return switch (e.getStatus()) {
            case 404 -> Refusals.of(404, "No route " + method + " " + ctx.path());
            case 405 -> Refusals.of(405, method + " is not supported on " + ctx.path());
            default -> Refusals.of(e.getStatus());
        };
    }
}
