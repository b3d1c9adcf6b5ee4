package org.clientportal.domain.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What Klevar Docs says of one of its documents or invoices as of a moment: from a webhook's event
 * (as of when it happened) or from a pull (as of its last change there).
 */
public record DocsFacts(DocsKind kind, String externalId, String clientReference, String title,
                        Optional<String> number, DocsStatus status, Optional<DocsAmounts> amounts,
                        Optional<LocalDate> dueDate, Optional<String> url, boolean clientVisible, Instant asOf) {

    public static final int EXTERNAL_ID_MAX = 100;
    public static final int CLIENT_REFERENCE_MAX = 100;
    public static final int TITLE_MAX = 200;
    public static final int NUMBER_MAX = 60;
    public static final int URL_MAX = 2000;

    public DocsFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(clientReference, "clientReference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(url, "url");
        // To the microsecond, as the database keeps it: the same facts read back are the same facts.
        asOf = Objects.requireNonNull(asOf, "asOf").truncatedTo(ChronoUnit.MICROS);
        if (!status.appliesTo(kind)) {
            throw new IllegalArgumentException("a " + kind + " cannot be " + status);
        }
    }
}
