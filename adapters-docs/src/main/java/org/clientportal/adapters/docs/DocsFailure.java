package org.clientportal.adapters.docs;

import org.clientportal.application.shared.DependencyUnavailable;

/**
 * A call to Klevar Docs that failed, telling apart an outage (Docs down, refusing with a 5xx or too
 * slow: worth another try, and a sign of Docs' health) from an unusable call (a refused key, an
 * answer the portal cannot read: trying again fails the same way, and one agency's key or data says
 * nothing of Docs' health). It stays inside this module: callers get {@link DependencyUnavailable}.
 */
final class DocsFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean outage;

    private DocsFailure(String detail, boolean outage, Throwable cause) {
        super(detail, cause);
        this.outage = outage;
    }

    static DocsFailure outage(String detail, Throwable cause) {
        return new DocsFailure(detail, true, cause);
    }

    static DocsFailure unusable(String detail, Throwable cause) {
        return new DocsFailure(detail, false, cause);
    }

    static DocsFailure unusable(String detail) {
        return unusable(detail, null);
    }

    boolean isOutage() {
        return outage;
    }

    DependencyUnavailable unavailable() {
        return new DependencyUnavailable(HttpDocsApi.DEPENDENCY, getMessage(), getCause());
    }
}
