package org.clientportal.adapters.persistence.search;

import static org.clientportal.adapters.persistence.generated.Tables.SEARCH_WORDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientportal.adapters.persistence.generated.tables.SearchWords;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.search.SearchTypes;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * What bounds the agency's search: the ids its tables are read for, taken from the words table
 * ({@link WordRanges}) rather than from every row of the tenant. PostgreSQL's {@code querytree} gives
 * the part of the query a row must satisfy through its words — alternatives ({@code or}) of words
 * that must all be there (exclusions and word order left to the match that follows). For each table
 * and each alternative, at most {@link #PER_ALTERNATIVE} rows that hold all its words are candidates,
 * newest first within a word; only they are matched against their {@code search} column and ranked.
 * So a common word costs the same at a million rows as at a thousand, and ranks the newest of its
 * matches, not all of them. A query of exclusions only ({@code -word}) narrows nothing and reads every
 * row; a query with no word finds nothing.
 */
final class SearchCandidates {

    static final int PER_ALTERNATIVE = 200;

    /** A lexeme as querytree writes it, quoted with quotes inside doubled; or the bar between alternatives. */
    private static final Pattern TOKEN = Pattern.compile("'((?:[^']|'')*)'|\\|");
    /** What querytree answers for a query no word can narrow. */
    private static final String NOT_NARROWED = "T";

    private final Optional<List<List<String>>> alternatives;

    private SearchCandidates(Optional<List<List<String>>> alternatives) {
        this.alternatives = alternatives;
    }

    /** The query's alternatives, as PostgreSQL reads the tsquery: one statement. */
    static SearchCandidates of(Field<Object> tsquery) {
        String tree = CurrentTransaction.dsl().select(DSL.field("querytree({0})::text", String.class, tsquery))
                .fetchSingle(0, String.class);
        return new SearchCandidates(tree.equals(NOT_NARROWED) ? Optional.empty() : Optional.of(alternatives(tree)));
    }

    private static List<List<String>> alternatives(String tree) {
        List<List<String>> alternatives = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(tree);
        while (token.find()) {
            if (token.group(1) == null) {
                alternatives.add(words);
                words = new ArrayList<>();
            } else {
                words.add(token.group(1).replace("''", "'"));
            }
        }
        if (!words.isEmpty()) {
            alternatives.add(words);
        }
        return alternatives;
    }

    /** The source's rows worth matching: those among its candidates. */
    Condition admit(SearchSource source, TenantId tenant) {
        if (alternatives.isEmpty()) {
            return DSL.noCondition();
        }
        List<Select<Record1<UUID>>> selects = alternatives.get().stream()
                .map(words -> candidates(source, tenant, words)).toList();
        return selects.isEmpty() ? DSL.falseCondition()
                : source.id().in(selects.stream().reduce(Select::unionAll).orElseThrow());
    }

    private static Select<Record1<UUID>> candidates(SearchSource source, TenantId tenant, List<String> words) {
        SearchWords word = SEARCH_WORDS.as("candidate");
        List<Condition> others = words.subList(1, words.size()).stream()
                .map(other -> WordRanges.hasWordStartingWith(source.type(), word.TENANT_ID, word.ID, other))
                .toList();
        return DSL.select(word.ID).from(word)
                .where(word.TENANT_ID.eq(tenant.value()), word.TYPE.eq(SearchTypes.wireName(source.type())),
                        WordRanges.startsWith(word.WORD, words.get(0)))
                .and(DSL.and(others))
                .orderBy(word.WORD.desc(), word.ID.desc())
                .limit(PER_ALTERNATIVE);
    }
}
