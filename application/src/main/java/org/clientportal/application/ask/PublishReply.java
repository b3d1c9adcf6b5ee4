package org.clientportal.application.ask;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.ask.ReplyId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;

/**
 * An operator publishes a reply to an ask (typically a draft they edited): client-visible at once,
 * named by its author as the client sees them. It answers the client: the ask's first response, and a
 * question's resolution.
 */
public final class PublishReply {

    private final Transactions transactions;
    private final AskRepository asks;
    private final RequestClocks clocks;
    private final AuthorNames authors;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public PublishReply(Transactions transactions, AskRepository asks, RequestClocks clocks, AuthorNames authors,
                        AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.asks = asks;
        this.clocks = clocks;
        this.authors = authors;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public AskReply execute(Actor actor, String askKey, String body) {
        actor.require(Permission.WRITE);
        TaskKey key = Keys.ofAsk(askKey);
        Validation v = new Validation();
        String checked = v.requiredMultiLineText("body", body, AskReply.BODY_MAX);
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Ask ask = asks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("ask", askKey));
            AskReply reply = AskReply.publish(new ReplyId(ids.next()), ask, checked, actor.principal().name(),
                    authors.of(actor), clock.now());
            asks.addReply(reply);
            clocks.askReplied(ask, reply.createdAt());
            audit.created(actor, "ask.reply-published", "ask", ask.id(), Snapshots.of(reply));
            return reply;
        });
    }
}
