package org.clientportal.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;

/** Klevar Docs as a map of what it holds, which a test can take down; it takes one API key. */
public final class FakeDocsApi implements DocsApi {

    private record Key(DocsKind kind, String externalId) {
    }

    private final Map<Key, DocsFacts> held = new ConcurrentHashMap<>();
    private final List<String> keysUsed = new ArrayList<>();
    private volatile boolean down;

    public void holds(DocsFacts facts) {
        held.put(new Key(facts.kind(), facts.externalId()), facts);
    }

    public void down(boolean isDown) {
        this.down = isDown;
    }

    public synchronized List<String> keysUsed() {
        return List.copyOf(keysUsed);
    }

    @Override
    public Optional<DocsFacts> fetch(String apiKey, DocsKind kind, String externalId) {
        answer(apiKey);
        return Optional.ofNullable(held.get(new Key(kind, externalId)));
    }

    @Override
    public List<DocsFacts> ofClient(String apiKey, DocsKind kind, String clientReference) {
        answer(apiKey);
        return held.values().stream().filter(f -> f.kind() == kind && f.clientReference().equals(clientReference))
                .toList();
    }

    private synchronized void answer(String apiKey) {
        keysUsed.add(apiKey);
        if (down) {
            throw new DependencyUnavailable("Klevar Docs", null);
        }
    }
}
