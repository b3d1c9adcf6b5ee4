package org.clientportal.adapters.persistence.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.search.SearchSort;
import org.clientportal.application.search.SearchType;
import org.clientportal.application.search.SearchTypes;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Search as one UNION ALL over the searchable tables ({@link SearchSource#ALL}), each read under its
 * own row-level security: the agency's for the ids its {@link SearchCandidates} name, the portal's
 * from its client's own rows. The text becomes a tsquery the way
 * {@code websearch_to_tsquery} reads it, with every lexeme then made a prefix ({@code 'desig':*}):
 * the rewrite works on the tsquery's own text, in which PostgreSQL has already quoted each lexeme,
 * never on what the caller typed, which only ever travels as a bind value. Hits are ranked with
 * {@code ts_rank_cd} over the weighted columns; the snippet is cut only for the page's rows.
 */
public final class JooqSearchIndex implements SearchIndex {

    private static final String CONFIGURATION = "portal.simple_unaccent";
    /** A lexeme as the tsquery's text writes it, quoted, with quotes inside doubled. */
    private static final String QUOTED_LEXEME = "'((?:[^']|'')*)'";
    private static final String AS_PREFIX = "'\\1':*";

    private static final Field<String> TYPE = DSL.field(DSL.name("type"), SQLDataType.CLOB);
    private static final Field<UUID> ID = DSL.field(DSL.name("id"), SQLDataType.UUID);
    private static final Field<String> KEY = DSL.field(DSL.name("key"), SQLDataType.CLOB);
    private static final Field<String> TITLE = DSL.field(DSL.name("title"), SQLDataType.CLOB);
    private static final Field<String> TEXT = DSL.field(DSL.name("text"), SQLDataType.CLOB);
    private static final Field<Float> RANK = DSL.field(DSL.name("rank"), SQLDataType.REAL);
    private static final Field<String> SNIPPET = DSL.field(DSL.name("snippet"), SQLDataType.CLOB);

    @Override
    public Page<SearchHit> search(TenantId tenant, SearchQuery query, PageRequest<SearchSort> page) {
        // PostgreSQL prices text matching under the row-level security policies far above what it
        // costs, over the JIT threshold: compiling took ~570 ms of a 60 ms search (docs/performance.md).
        // Local to the search's transaction.
        CurrentTransaction.dsl().execute("set local jit = off");
        return Page.fromOverfetch(searchQuery(tenant, query, page).fetch(JooqSearchIndex::hit), page, SearchHit::position);
    }

    /** The statement that reads one page; the benchmark asks for its plan. */
    public static ResultQuery<Record> searchQuery(TenantId tenant, SearchQuery query, PageRequest<SearchSort> page) {
        // The tsquery is written out wherever it is used: a constant expression, folded once when
        // planned, rather than a join to it, which no index could take as a condition.
        Field<Object> tsquery = prefixQuery(query.text());
        // The portal's search starts from its client's own rows; the agency's from the words table.
        Optional<SearchCandidates> candidates = query.sharedWith().isEmpty()
                ? Optional.of(SearchCandidates.of(tsquery)) : Optional.empty();
        Table<Record> hits = hits(tenant, query, tsquery, candidates).asTable("hits");
        Table<Record> ranked = DSL.select(List.of(TYPE, ID, KEY, TITLE, TEXT, RANK)).from(hits)
                .where(page.after().map(JooqSearchIndex::after).orElse(DSL.noCondition()))
                .orderBy(RANK.desc(), TYPE, ID)
                .limit(page.limit() + 1)
                .asTable("ranked");
        return CurrentTransaction.dsl()
                .select(List.of(TYPE, ID, KEY, TITLE, RANK,
                        DSL.field("ts_headline({0}::regconfig, {1}, {2}, {3})", SQLDataType.CLOB,
                                DSL.inline(CONFIGURATION), TEXT, tsquery, DSL.inline(Headlines.OPTIONS)).as(SNIPPET)))
                .from(ranked)
                .orderBy(RANK.desc(), TYPE, ID);
    }

    private static Select<Record> hits(TenantId tenant, SearchQuery query, Field<Object> tsquery,
                                       Optional<SearchCandidates> candidates) {
        List<Select<Record>> selects = SearchSource.ALL.stream()
                .filter(source -> query.includes(source.type()))
                .filter(source -> query.sharedWith().isEmpty() || source.portal().isPresent())
                .map(source -> select(source, tenant, query, tsquery, candidates))
                .toList();
        Select<Record> union = selects.get(0);
        for (Select<Record> next : selects.subList(1, selects.size())) {
            union = union.unionAll(next);
        }
        return union;
    }

    private static Select<Record> select(SearchSource source, TenantId tenant, SearchQuery query,
                                         Field<Object> tsquery, Optional<SearchCandidates> candidates) {
        Condition portal = query.sharedWith()
                .map(client -> source.portal().orElseThrow().apply(client))
                .orElse(DSL.noCondition());
        return DSL.select(List.of(DSL.inline(SearchTypes.wireName(source.type())).as(TYPE), source.id().as(ID),
                        source.key().as(KEY), source.title().as(TITLE), source.text().as(TEXT),
                        DSL.field("ts_rank_cd({0}, {1})", SQLDataType.REAL, source.searchColumn(), tsquery).as(RANK)))
                .from(source.table())
                .where(source.tenantId().eq(tenant.value()),
                        candidates.map(c -> c.admit(source, tenant)).orElse(DSL.noCondition()),
                        DSL.condition("{0} @@ {1}", source.searchColumn(), tsquery),
                        portal);
    }

    /** websearch_to_tsquery's reading of the text, every lexeme a prefix; no lexeme at all: an empty query, matching nothing. */
    private static Field<Object> prefixQuery(String text) {
        return DSL.field("regexp_replace(websearch_to_tsquery({0}::regconfig, {1})::text, {2}, {3}, 'g')::tsquery",
                DSL.inline(CONFIGURATION), DSL.val(text), DSL.val(QUOTED_LEXEME), DSL.val(AS_PREFIX));
    }

    /** After (rank, type, id) in the order rank descending, then type and id ascending. */
    private static Condition after(Position position) {
        SortValue.Relevance last = (SortValue.Relevance) position.key();
        Field<Float> rank = DSL.val(last.rank(), SQLDataType.REAL);
        return RANK.lt(rank).or(RANK.eq(rank).and(DSL.row(TYPE, ID).gt(DSL.val(last.type()), DSL.val(position.id()))));
    }

    private static SearchHit hit(Record row) {
        return new SearchHit(StatusNames.parse(SearchType.class, row.get(TYPE)), row.get(ID),
                Optional.ofNullable(row.get(KEY)), row.get(TITLE), Headlines.parse(row.get(SNIPPET)), row.get(RANK));
    }
}
