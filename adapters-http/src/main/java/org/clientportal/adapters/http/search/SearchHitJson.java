package org.clientportal.adapters.http.search;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchTypes;
import org.clientportal.application.search.Snippet;

/** One search hit. */
@Schema(name = "SearchHit", description = "A record the search found, best matches first.")
record SearchHitJson(@Schema(description = "What kind of record it is.",
                             allowableValues = {"client", "project", "task", "update"}) String type,
                     @Schema(description = "Opaque id of the record.") String id,
                     @Schema(description = "The task's key (`ACME-42`), by which the task routes name it; null for"
                             + " other types.", nullable = true) String key,
                     @Schema(description = "The record's name or title; for an update, the start of its first line.")
                     String title,
                     @Schema(description = "An excerpt around what matched, in parts: plain text, with the matched"
                             + " words as parts of their own marked `highlighted`. Nothing in it is markup.")
                     List<SnippetPartJson> snippet,
                     @Schema(description = "How well it matched: higher is better, comparable within one search only.")
                     float rank) {

    @Schema(name = "SnippetPart", description = "A run of a snippet's text.")
    record SnippetPartJson(String text, @Schema(description = "Whether the query matched these words.")
                           boolean highlighted) {
    }

    static SearchHitJson of(SearchHit hit) {
        return new SearchHitJson(SearchTypes.wireName(hit.type()), hit.id().toString(), hit.key().orElse(null),
                hit.title(), hit.snippet().parts().stream().map(SearchHitJson::part).toList(), hit.rank());
    }

    private static SnippetPartJson part(Snippet.Part part) {
        return new SnippetPartJson(part.text(), part.highlighted());
    }
}
