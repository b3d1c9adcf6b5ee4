package org.clientportal.application.port;

import java.time.Duration;
import java.util.Optional;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.domain.shared.TenantId;

/**
 * Operator and portal sessions: operational state shared by every API replica. Implementations
 * throw {@link org.clientportal.application.shared.DependencyUnavailable} when their store is unreachable.
 */
public interface SessionStore {

    void save(Session session, Duration idleTimeout);

    /** Finds a live session and extends its idle timeout (sliding expiry). */
    Optional<Session> findAndTouch(String sessionId, Duration idleTimeout);

    void delete(String sessionId);

    /** Ends every session of one holder (sign-out everywhere, removal, revoked portal access). */
    void deleteAllOf(TenantId tenant, SessionHolder holder);
}
