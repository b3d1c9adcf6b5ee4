package org.clientportal.application.session;

import org.clientportal.application.operator.ShowMe;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.tenant.TenantLookup;

/** Operator sessions: sign in, who am I, sign out here or everywhere, and resolving a session cookie. */
public record SessionFeature(LogIn logIn, LogOut logOut, EndAllSessions endAllSessions,
                             AuthenticateSession authenticateSession, ShowMe showMe) {

    public static SessionFeature wire(Transactions transactions, TenantRepository tenants,
                                      OperatorRepository operators, SessionStore sessions, PasswordHasher passwords,
                                      SecretSource secrets, RateLimits rateLimits, Clock clock,
                                      SessionLifetime lifetime) {
        TenantLookup lookup = new TenantLookup(transactions, tenants);
        return new SessionFeature(
                new LogIn(transactions, lookup, tenants, operators, sessions, passwords, secrets, rateLimits, clock,
                        lifetime.idle()),
                new LogOut(sessions),
                new EndAllSessions(sessions),
                new AuthenticateSession(sessions, transactions, operators, lifetime, clock),
                new ShowMe(transactions, tenants, operators));
    }
}
