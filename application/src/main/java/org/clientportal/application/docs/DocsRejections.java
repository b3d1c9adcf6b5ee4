package org.clientportal.application.docs;

import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.shared.Rejection;
import org.clientportal.domain.shared.RuleViolated;

/** Why a pull from Klevar Docs is refused, each with a sentence an operator can act on. */
public final class DocsRejections {

    public static final String NO_API_KEY = "klevar-docs.no-api-key";
    public static final String RECORD_GONE = "klevar-docs.record-gone";

    private DocsRejections() {
    }

    public static RuleViolated noApiKey() {
        return new Rejection(NO_API_KEY, "The agency has no Klevar Docs API key; set one with"
                + " PUT /api/v1/integrations/klevar-docs").toError();
    }

    public static RuleViolated recordGone(DocsKind kind, String externalId) {
        return new Rejection(RECORD_GONE, "Klevar Docs no longer has " + DocsCache.entity(kind) + " " + externalId
                + "; the portal keeps its last copy").toError();
    }
}
