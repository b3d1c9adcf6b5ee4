package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} promises, in the application's test jar so that any implementation
 * can run it against itself: the Redis store and the single-node in-memory one do. Each test works in
 * a tenant and under holders of its own, so a shared store needs no cleaning between tests.
 */
public abstract class SessionStoreContract {

    protected static final Duration SHORT_IDLE = Duration.ofMillis(300);
    protected static final Duration LONG_IDLE = Duration.ofMinutes(30);

    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final SessionHolder operator = anOperator();

    /** The implementation under test, the same one on every call within a test. */
    protected abstract SessionStore store();

    /** Lets idle time pass for the store: move its clock, or wait when it keeps time itself (Redis). */
    protected abstract void letTimePass(Duration duration);

    protected static Session aSession(TenantId tenant, SessionHolder holder) {
        return new Session(UUID.randomUUID().toString(), tenant, holder, UUID.randomUUID().toString(),
                Instant.parse("2026-01-05T09:00:00.123456Z"));
    }

    protected Session aSession() {
        return aSession(tenant, operator);
    }

    protected static SessionHolder anOperator() {
        return new SessionHolder.Operator(new OperatorId(UUID.randomUUID()));
    }

    @Test
    void savedSession_isFoundWithEveryField() {
        Session session = aSession();
        store().save(session, LONG_IDLE);

        assertThat(store().findAndTouch(session.id(), LONG_IDLE)).contains(session);
    }

    @Test
    void unknownSessionId_isNotFound() {
        assertThat(store().findAndTouch("no-such-session", LONG_IDLE)).isEmpty();
    }

    @Test
    void untouchedSession_expiresAfterItsIdleTimeout() {
        Session session = aSession();
        store().save(session, SHORT_IDLE);

        letTimePass(SHORT_IDLE.plusMillis(100));

        assertThat(store().findAndTouch(session.id(), LONG_IDLE)).isEmpty();
    }

    @Test
    void touchedSession_outlivesItsFirstIdleTimeout() {
        Session session = aSession();
        store().save(session, SHORT_IDLE);
        assertThat(store().findAndTouch(session.id(), LONG_IDLE)).isPresent();

        letTimePass(SHORT_IDLE.plusMillis(100));

        assertThat(store().findAndTouch(session.id(), LONG_IDLE)).contains(session);
    }

    @Test
    void deletedSession_isGone_andOthersStay() {
        Session ended = aSession();
        Session other = aSession();
        store().save(ended, LONG_IDLE);
        store().save(other, LONG_IDLE);

        store().delete(ended.id());

        assertThat(store().findAndTouch(ended.id(), LONG_IDLE)).isEmpty();
        assertThat(store().findAndTouch(other.id(), LONG_IDLE)).contains(other);
    }

    @Test
    void deleteAllOf_endsEverySessionOfThatOperator_andNoOtherOperatorsOrTenants() {
        Session laptop = aSession();
        Session phone = aSession();
        Session colleague = aSession(tenant, anOperator());
        Session sameOperatorIdElsewhere = aSession(new TenantId(UUID.randomUUID()), operator);
        for (Session session : new Session[] {laptop, phone, colleague, sameOperatorIdElsewhere}) {
            store().save(session, LONG_IDLE);
        }

        store().deleteAllOf(tenant, operator);

        assertThat(store().findAndTouch(laptop.id(), LONG_IDLE)).isEmpty();
        assertThat(store().findAndTouch(phone.id(), LONG_IDLE)).isEmpty();
        assertThat(store().findAndTouch(colleague.id(), LONG_IDLE)).contains(colleague);
        assertThat(store().findAndTouch(sameOperatorIdElsewhere.id(), LONG_IDLE)).contains(sameOperatorIdElsewhere);
    }

    @Test
    void afterDeleteAllOf_theOperatorCanSignInAgain_andBeSignedOutAgain() {
        store().save(aSession(), LONG_IDLE);
        store().deleteAllOf(tenant, operator);
        Session again = aSession();

        store().save(again, LONG_IDLE);
        assertThat(store().findAndTouch(again.id(), LONG_IDLE)).contains(again);

        store().deleteAllOf(tenant, operator);
        assertThat(store().findAndTouch(again.id(), LONG_IDLE)).isEmpty();
    }

    @Test
    void deleteAllOf_anOperatorWithoutSessions_doesNothing() {
        Session colleague = aSession(tenant, anOperator());
        store().save(colleague, LONG_IDLE);

        store().deleteAllOf(tenant, operator);

        assertThat(store().findAndTouch(colleague.id(), LONG_IDLE)).contains(colleague);
    }

    @Test
    void aContactsSession_keepsItsClient_andIsEndedApartFromAnOperatorWithTheSameId() {
        UUID sameId = UUID.randomUUID();
        Session contact = aSession(tenant, new SessionHolder.Contact(new ContactId(sameId), new ClientId(UUID.randomUUID())));
        Session operatorWithSameId = aSession(tenant, new SessionHolder.Operator(new OperatorId(sameId)));
        store().save(contact, LONG_IDLE);
        store().save(operatorWithSameId, LONG_IDLE);

        assertThat(store().findAndTouch(contact.id(), LONG_IDLE)).contains(contact);
        store().deleteAllOf(tenant, contact.holder());

        assertThat(store().findAndTouch(contact.id(), LONG_IDLE)).isEmpty();
        assertThat(store().findAndTouch(operatorWithSameId.id(), LONG_IDLE)).contains(operatorWithSameId);
    }
}
