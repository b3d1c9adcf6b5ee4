package org.clientportal.adapters.web.contact;

import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.search.SearchFeature;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.shared.PageInput;

/** Searching what the client may see: their shared projects, tasks, updates, comments and requests. */
public final class PortalSearch implements PageGroup {

    private static final String SHOWN = "20";

    private final SearchFeature search;

    public PortalSearch(SearchFeature search) {
        this.search = search;
    }

    @Override
    public void register(Pages pages) {
        pages.contactPage("/portal/search", (ctx, visit) -> {
            String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
            List<SearchHit> hits = q.isBlank() ? List.of() : search.searchSharedRecords()
                    .execute(visit.actor(), q, null, new PageInput(SHOWN, null)).items();
            return Answer.view("contact/search.jte", SearchView.of(visit.frame("Search"), q, hits));
        });
    }
}
