package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.clientportal.adapters.http.security.Sha256Digests;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.application.shared.Actor;

/**
 * Honours Idempotency-Key on POST: a repeat with the same body gets the first answer again (and
 * nothing is created twice); a failed request frees its key so that a retry runs for real.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;
    private final Replies replies;
    private final Sha256Digests digests = new Sha256Digests();

    Idempotency(IdempotentRequests requests, Replies replies) {
        this.requests = requests;
        this.replies = replies;
    }

    Reply handle(Context ctx, Actor actor, ActorHandler handler) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            return handler.handle(ctx, actor);
        }
        String fingerprint = digests.sha256(ctx.method() + " " + ctx.path() + "\n" + ctx.body());
        Optional<RecordedResponse> recorded = requests.begin(actor, key, fingerprint);
        if (recorded.isPresent()) {
            RecordedResponse first = recorded.get();
            return new Reply(first.status(), first.body().isEmpty() ? null : new RawJson(first.body()), first.headers())
                    .withHeader("Idempotent-Replayed", "true");
        }
        Reply reply;
        try {
            reply = handler.handle(ctx, actor);
        } catch (Exception | Error e) {
            requests.abandon(actor, key);
            throw e;
        }
        String body = reply.body() == null ? "" : replies.serialize(reply.body());
        String kept = reply.replayBody() == null ? body : replies.serialize(reply.replayBody());
        requests.finish(actor, key, new RecordedResponse(reply.status(), kept, reply.headers()));
        return new Reply(reply.status(), reply.body() == null ? null : new RawJson(body), reply.headers());
    }
}
