package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.Snippet;
import org.clientportal.domain.shared.Lifecycle;

/** The portal's search: what was asked, and each hit with the page it lives on and its excerpt. */
public record SearchView(Frame frame, String q, List<Hit> hits) {

    /** {@code link} is empty for a hit with no page of its own (an update, a comment). */
    public record Hit(String type, String title, String link, List<Snippet.Part> snippet) {
    }

    static SearchView of(Frame frame, String q, List<SearchHit> hits) {
        return new SearchView(frame, q, hits.stream().map(hit -> new Hit(Shown.label(Lifecycle.wireName(hit.type())),
                hit.key().map(key -> key + " · ").orElse("") + hit.title(), link(hit), hit.snippet().parts())).toList());
    }

    private static String link(SearchHit hit) {
        return switch (hit.type()) {
            case PROJECT -> "/portal/projects/" + hit.id();
            case TASK -> hit.key().map(key -> "/portal/tasks/" + key).orElse("");
            case ASK -> hit.key().map(key -> "/portal/requests/" + key).orElse("");
            default -> "";
        };
    }
}
