package org.clientportal.adapters.web;

/**
 * What every page's layout shows around its content: whose surface it is ({@code app} for
 * operators, {@code portal} for contacts), the agency's name, who is signed in (empty on a sign-in
 * page), the token each of the page's forms sends back, and whether the visitor administers the
 * agency (an owner or admin: their navigation leads to the operators and API keys too).
 */
public record Frame(String surface, String title, String agency, String person, String csrfToken,
                    boolean administers) {

    public static final String APP = "app";
    public static final String PORTAL = "portal";

    /** A page before anyone signed in: no agency, no person; the token is the sign-in form's own. */
    public static Frame signIn(String surface, String title, String formToken) {
        return new Frame(surface, title, "", "", formToken, false);
    }

    public Frame titled(String pageTitle) {
        return new Frame(surface, pageTitle, agency, person, csrfToken, administers);
    }

    public boolean signedIn() {
        return !person.isEmpty();
    }

    public boolean operator() {
        return APP.equals(surface);
    }
}
