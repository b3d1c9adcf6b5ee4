package org.clientportal.adapters.docs;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;

/** Klevar Docs with no PORTAL_DOCS_URL: every pull is refused as unavailable, and webhooks still work. */
public final class UnconfiguredDocsApi implements DocsApi {

    @Override
    public Optional<DocsFacts> fetch(String apiKey, DocsKind kind, String externalId) {
        throw unavailable();
    }

    @Override
    public List<DocsFacts> ofClient(String apiKey, DocsKind kind, String clientReference) {
        throw unavailable();
    }

    private static DependencyUnavailable unavailable() {
        return new DependencyUnavailable(HttpDocsApi.DEPENDENCY, "Pulls from Klevar Docs are off here: the portal"
                + " runs without PORTAL_DOCS_URL. Its copy, kept by webhooks, still serves", null);
    }
}
