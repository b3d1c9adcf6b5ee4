package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Honours Idempotency-Key on POST: the handler runs inside the transaction that reserves the key and
 * records its answer, so a repeat with the same request gets the first answer again and nothing is
 * ever done twice; a request that failed left no answer, so its retry runs for real.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;
    private final Replies replies;
    private final CanonicalJson canonical;

    Idempotency(IdempotentRequests requests, Replies replies, CanonicalJson canonical) {
        this.requests = requests;
        this.replies = replies;
        this.canonical = canonical;
    }

    /** For a route that is never replayed: a request that asks for it is refused, naming why. */
    static void refuseKey(Context ctx, String why) {
        if (ctx.header(HEADER) != null) {
            throw ValidationFailed.of(HEADER, "not taken here: " + why);
        }
    }

    Reply handle(Context ctx, Actor actor, ActorHandler handler) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            return handler.handle(ctx, actor);
        }
        IdempotentRequests.Answer<Reply> answer;
        try {
            answer = requests.execute(actor, key, describe(ctx), () -> run(handler, ctx, actor), this::recorded);
        } catch (HandlerFailed failed) {
            throw failed.cause;
        }
        if (answer instanceof IdempotentRequests.Answer.Replayed<Reply> replayed) {
            RecordedResponse first = replayed.response();
            return new Reply(first.status(), first.body().isEmpty() ? null : new RawJson(first.body()), first.headers())
                    .withHeader("Idempotent-Replayed", "true");
        }
        return ((IdempotentRequests.Answer.Fresh<Reply>) answer).outcome();
    }

    /** What a repeat is answered: the reply as written now, or its redacted form when it shows a secret once. */
    private RecordedResponse recorded(Reply reply) {
        Object kept = reply.replayBody() == null ? reply.body() : reply.replayBody();
        return new RecordedResponse(reply.status(), kept == null ? "" : replies.serialize(kept), reply.headers());
    }

    /**
     * Same request = same method, path, If-Match and JSON body, compared parsed (key order and
     * whitespace do not matter).
     */
    private String describe(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        return ctx.method() + " " + ctx.path() + "\nIf-Match: " + (ifMatch == null ? "" : ifMatch.strip())
                + "\n" + canonical.of(ctx.body());
    }

    private static Reply run(ActorHandler handler, Context ctx, Actor actor) {
        try {
            return handler.handle(ctx, actor);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new HandlerFailed(e);
        }
    }

    /** Carries a handler's checked exception (a malformed body, say) out of the transaction, unchanged. */
    private static final class HandlerFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Exception cause;

        HandlerFailed(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
