package org.clientportal.adapters.persistence.search;

import static org.clientportal.adapters.persistence.generated.Tables.SEARCH_WORDS;

import java.util.UUID;
import org.clientportal.application.search.SearchType;
import org.clientportal.application.search.SearchTypes;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Word prefixes as btree ranges on {@code portal.search_words} (V23__search_words.sql), the words of
 * every searchable row kept by triggers. Under forced row-level security only leakproof conditions
 * reach an index; text comparisons under the "C" collation and uuid equality are leakproof, so a
 * prefix {@code harb} becomes {@code word >= 'harb' and word < 'harb' || U+10FFFF}, which holds for
 * every word that starts with it and no other. The words only narrow a search to ids: the rows
 * themselves are read from their own tables, under their own policies.
 */
public final class WordRanges {

    /** The largest code point: under the "C" collation, every word starting with a prefix sorts below prefix + this. */
    private static final String LAST = new String(Character.toChars(Character.MAX_CODE_POINT));

    private WordRanges() {
    }

    /** The row {@code id} of this type has a word that starts with the prefix. */
    public static Condition hasWordStartingWith(SearchType type, Field<UUID> tenantId, Field<UUID> id, String prefix) {
        return DSL.exists(DSL.selectOne().from(SEARCH_WORDS).where(SEARCH_WORDS.TENANT_ID.eq(tenantId),
                SEARCH_WORDS.TYPE.eq(SearchTypes.wireName(type)), SEARCH_WORDS.ID.eq(id), startsWith(SEARCH_WORDS.WORD, prefix)));
    }

    /** The word (of a {@code search_words} row) starts with the prefix. */
    static Condition startsWith(Field<String> word, String prefix) {
        return word.ge(prefix).and(word.lt(prefix + LAST));
    }
}
