package org.clientportal.adapters.persistence.client;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The client search's text filter: a case-insensitive substring of the name, the email or the
 * company, with LIKE's wildcards in the text taken literally.
 */
final class ClientTextMatch {

    private static final char ESCAPE = '\\';

    /** Exactly the expression of the trigram index clients_search_idx, so that the index applies. */
    private static final Field<String> INDEXED_TEXT = DSL.field(
            "({0} || ' ' || coalesce({1}, '') || ' ' || coalesce({2}, ''))", String.class,
            CLIENTS.NAME, CLIENTS.EMAIL, CLIENTS.COMPANY);

    private ClientTextMatch() {
    }

    /**
     * The indexed expression narrows the rows fast but could match across two columns; the
     * per-column test keeps exactly the rows where one column holds the text.
     */
    static Condition of(String text) {
        String pattern = "%" + escape(text) + "%";
        return INDEXED_TEXT.likeIgnoreCase(pattern, ESCAPE)
                .and(CLIENTS.NAME.likeIgnoreCase(pattern, ESCAPE)
                        .or(CLIENTS.EMAIL.likeIgnoreCase(pattern, ESCAPE))
                        .or(CLIENTS.COMPANY.likeIgnoreCase(pattern, ESCAPE)));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
