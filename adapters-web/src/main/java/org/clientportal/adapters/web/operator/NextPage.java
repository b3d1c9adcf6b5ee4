package org.clientportal.adapters.web.operator;

import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;

/** The address of a list's next page: the same list and filters, from the page's cursor on; empty on the last page. */
final class NextPage {

    private NextPage() {
    }

    /** {@code list}: the list's address with its filters, e.g. {@code /app/reports?status=draft}. */
    static String of(Page<?> page, String list) {
        String joiner = list.contains("?") ? "&" : "?";
        return page.next().map(Cursor::encode).map(cursor -> list + joiner + "cursor=" + cursor).orElse("");
    }
}
