package org.clientportal.application.port;

import java.util.List;
import java.util.Optional;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;

/**
 * Klevar Docs' own API, for pulling what webhooks may have missed, with the agency's API key. Throws
 * {@link org.clientportal.application.shared.DependencyUnavailable} when Docs is not configured, down,
 * too slow or answers what it should not; the portal's copy still serves then.
 */
public interface DocsApi {

    /** Docs' current facts of one document or invoice; empty when Docs has none by that id. */
    Optional<DocsFacts> fetch(String apiKey, DocsKind kind, String externalId);

    /** Docs' current documents or invoices of the client with this reference, every page of them. */
    List<DocsFacts> ofClient(String apiKey, DocsKind kind, String clientReference);
}
