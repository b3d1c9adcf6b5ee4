package org.clientportal.adapters.http.web;

/** Whom a route serves, and so which credential it reads: none, the agency's, or a contact's. */
public enum Audience {
    /** Anyone: no credential is read. */
    PUBLIC,
    /** The agency: an operator's session cookie or an API key. */
    OPERATOR,
    /** A client's contact: the portal session cookie, and nothing else. */
    PORTAL;

    public boolean authenticated() {
        return this != PUBLIC;
    }
}
