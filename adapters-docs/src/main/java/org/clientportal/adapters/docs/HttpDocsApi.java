package org.clientportal.adapters.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.DocsApi;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;

/**
 * One try of each call to Klevar Docs' API, over {@link HttpClient}. The API, as the portal relies on it:
 * <ul>
 *   <li>Every request is a {@code GET} with {@code Authorization: Bearer <apiKey>} (the agency's key)
 *       and {@code Accept: application/json}; path segments are percent-encoded.</li>
 *   <li>{@code {base}/v1/documents/{id}} and {@code {base}/v1/invoices/{id}} answer 200 with one item,
 *       404 when Docs has none by that id.</li>
 *   <li>{@code {base}/v1/clients/{clientReference}/documents} (or {@code /invoices}) answers 200 with
 *       {@code {"items": [...], "nextCursor": "..." or null}}; the next page is asked for with
 *       {@code ?cursor=<nextCursor>} until it is null. At most {@value #PAGES_MAX} pages and
 *       {@value #ITEMS_MAX} items are read: a client with more is refused rather than half-listed.</li>
 *   <li>An item: {@code {"id": "inv_1", "clientReference": "ACME", "title": "March retainer",
 *       "number": "2026-031", "status": "issued", "currency": "EUR", "total": "1250.00",
 *       "amountDue": "1250.00", "dueDate": "2026-03-31", "url": "https://...", "clientVisible": true,
 *       "updatedAt": "2026-03-01T10:00:00Z"}}. Required: id, clientReference, title, status (a
 *       document's {@code open}, {@code signed}, {@code voided}; an invoice's {@code issued},
 *       {@code paid}, {@code overdue}, {@code voided}) and updatedAt (the facts' as-of). The amounts
 *       are decimal strings or JSON numbers, read exactly; amountDue defaults to the total; amounts need
 *       a currency. clientVisible defaults to false.</li>
 * </ul>
 * Every failure is a {@link org.clientportal.application.shared.DependencyUnavailable} of "Klevar Docs":
 * no answer in time, a refused connection, a 5xx or 429 (an outage); 401 or 403 (the key was refused);
 * any other answer, or one that is not a valid item (saying what is wrong).
 */
public final class HttpDocsApi implements DocsApi {

    public static final String DEPENDENCY = "Klevar Docs";
    public static final int PAGES_MAX = 50;
    public static final int ITEMS_MAX = 5_000;

    private static final int TOO_MANY_REQUESTS = 429;

    private final DocsSettings settings;
    private final String base;
    private final HttpClient client;
    private final ObjectReader json = new ObjectMapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

    public HttpDocsApi(DocsSettings settings) {
        this.settings = settings;
        this.base = settings.url().toString().replaceAll("/+$", "");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Optional<DocsFacts> fetch(String apiKey, DocsKind kind, String externalId) {
        try {
            return fetchOrFail(apiKey, kind, externalId);
        } catch (DocsFailure e) {
            throw e.unavailable();
        }
    }

    @Override
    public List<DocsFacts> ofClient(String apiKey, DocsKind kind, String clientReference) {
        try {
            return ofClientOrFail(apiKey, kind, clientReference);
        } catch (DocsFailure e) {
            throw e.unavailable();
        }
    }

    /** {@link #fetch}, failing with what {@link ResilientDocsApi} needs to tell outages apart. */
    Optional<DocsFacts> fetchOrFail(String apiKey, DocsKind kind, String externalId) {
        Optional<JsonNode> item = get(apiKey, "/v1/" + collection(kind) + "/" + encoded(externalId));
        if (item.isEmpty()) {
            return Optional.empty();
        }
        DocsFacts facts = DocsItemReader.read(kind, item.get());
        if (!facts.externalId().equals(externalId)) {
            throw DocsFailure.unusable("Klevar Docs answered " + DocsItemReader.noun(kind) + " \""
                    + facts.externalId() + "\" when asked for \"" + externalId + "\"");
        }
        return Optional.of(facts);
    }

    /** {@link #ofClient}, failing with what {@link ResilientDocsApi} needs to tell outages apart. */
    List<DocsFacts> ofClientOrFail(String apiKey, DocsKind kind, String clientReference) {
        String list = "/v1/clients/" + encoded(clientReference) + "/" + collection(kind);
        String whose = "the " + collection(kind) + " of client \"" + clientReference + "\"";
        List<DocsFacts> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        for (int page = 0; page < PAGES_MAX; page++) {
            JsonNode answer = get(apiKey, list + cursor.map(c -> "?cursor=" + encoded(c)).orElse(""))
                    .orElseThrow(() -> DocsFailure.unusable("Klevar Docs answered 404 for " + whose));
            JsonNode items = answer.path("items");
            if (!items.isArray()) {
                throw DocsFailure.unusable("Klevar Docs answered " + whose + " without an items array");
            }
            for (JsonNode item : items) {
                all.add(ofThatClient(DocsItemReader.read(kind, item), clientReference));
            }
            if (all.size() > ITEMS_MAX) {
                throw tooMany(whose);
            }
            cursor = nextCursor(answer, whose);
            if (cursor.isEmpty()) {
                return all;
            }
        }
        throw tooMany(whose);
    }

    private static DocsFacts ofThatClient(DocsFacts facts, String clientReference) {
        if (!facts.clientReference().equals(clientReference)) {
            throw DocsFailure.unusable("Klevar Docs listed " + DocsItemReader.noun(facts.kind()) + " \""
                    + facts.externalId() + "\" of client \"" + facts.clientReference() + "\" as one of client \""
                    + clientReference + "\"");
        }
        return facts;
    }

    private static Optional<String> nextCursor(JsonNode answer, String whose) {
        JsonNode next = answer.path("nextCursor");
        if (next.isMissingNode() || next.isNull()) {
            return Optional.empty();
        }
        if (!next.isTextual()) {
            throw DocsFailure.unusable("Klevar Docs answered " + whose + " with a nextCursor that is not text");
        }
        return Optional.of(next.asText()).filter(c -> !c.isEmpty());
    }

    private static DocsFailure tooMany(String whose) {
        return DocsFailure.unusable("Klevar Docs lists more than " + ITEMS_MAX + " items or " + PAGES_MAX
                + " pages for " + whose + "; the portal reads no more than that");
    }

    /** The answer's JSON when Docs answered 200, empty when it answered 404; anything else fails. */
    private Optional<JsonNode> get(String apiKey, String pathAndQuery) {
        HttpResponse<String> response = send(request(apiKey, pathAndQuery));
        int status = response.statusCode();
        if (status == 200) {
            return Optional.of(parsed(response.body()));
        }
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 401 || status == 403) {
            throw DocsFailure.unusable("Klevar Docs refused the agency's API key (" + status
                    + "); check the key in the Docs integration's settings");
        }
        if (status == TOO_MANY_REQUESTS || status >= 500) {
            throw DocsFailure.outage("Klevar Docs answered " + status, null);
        }
        throw DocsFailure.unusable("Klevar Docs answered " + status + ", which its API does not promise");
    }

    private HttpRequest request(String apiKey, String pathAndQuery) {
        if (apiKey == null || apiKey.isBlank()) {
            throw DocsFailure.unusable("No API key for Klevar Docs is set for the agency");
        }
        if (!apiKey.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw DocsFailure.unusable("The agency's API key for Klevar Docs holds characters no HTTP header can carry");
        }
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + apiKey)
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw DocsFailure.outage("Klevar Docs did not answer within " + settings.timeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw DocsFailure.outage("Klevar Docs is not reachable right now", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DocsFailure.unusable("Interrupted while waiting for Klevar Docs", e);
        }
    }

    private JsonNode parsed(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw DocsFailure.unusable("Klevar Docs answered something that is not JSON", e);
        }
    }

    private static String collection(DocsKind kind) {
        return DocsItemReader.noun(kind) + "s";
    }

    /** Percent-encoded for a path segment or query value: a space is %20, a slash %2F. */
    private static String encoded(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
