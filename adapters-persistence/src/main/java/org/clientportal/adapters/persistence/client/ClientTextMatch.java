package org.clientportal.adapters.persistence.client;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;

import java.util.List;
import org.clientportal.adapters.persistence.search.WordRanges;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.search.SearchType;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The client list's text filter: every word of the text starts a word of the name, the company or
 * the email address (whose parts count as words: {@code northwind} finds {@code boss@northwind.test}),
 * accents and case folded. Each word is a btree range on the clients' words ({@link WordRanges}), so
 * the planner may walk the list's order and test each client, or start from the word's range, whichever
 * the words make cheaper; a text with no word at all finds nothing.
 */
final class ClientTextMatch {

    /** Read as spaces, as the clients' words trigger reads them in an email address (V23__search_words.sql). */
    private static final String ADDRESS_PUNCTUATION = "@.+_-";

    private ClientTextMatch() {
    }

    /**
     * Also has the transaction's statements planned for each execution, and without parallel workers:
     * a prepared statement's generic plan cannot know how many clients a word range holds, and after five
     * executions PostgreSQL kept one that reads every client of a common word and sorts them (3.8 s at a
     * million clients) instead of walking the list's order and stopping after a page; and the walk, planned
     * in parallel, spent 6 ms starting two workers for 2 ms of reading. Local to the list's transaction.
     */
    static Condition of(String text) {
        CurrentTransaction.dsl().execute("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)");
        List<String> words = wordsOf(text);
        return words.isEmpty() ? DSL.falseCondition() : DSL.and(words.stream()
                .map(word -> WordRanges.hasWordStartingWith(SearchType.CLIENT, CLIENTS.TENANT_ID, CLIENTS.ID, word))
                .toList());
    }

    /** The words as the index folds them: one statement, the text a bind value. */
    private static List<String> wordsOf(String text) {
        return CurrentTransaction.dsl().select(DSL.field(
                        "unnest(tsvector_to_array(to_tsvector('portal.simple_unaccent', translate({0}, {1}, {2}))))",
                        String.class, DSL.val(text), DSL.inline(ADDRESS_PUNCTUATION),
                        DSL.inline(" ".repeat(ADDRESS_PUNCTUATION.length()))))
                .fetch(0, String.class);
    }
}
