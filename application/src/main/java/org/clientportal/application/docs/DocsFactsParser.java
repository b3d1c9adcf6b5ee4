package org.clientportal.application.docs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.docs.Money;
import org.clientportal.domain.shared.Validation;

/** Reads what Docs sent of a document or invoice into facts, naming each field that is wrong. */
final class DocsFactsParser {

    private static final Pattern LINK = Pattern.compile("(?i)https?://[^\\s/?#@]+([/?#]\\S*)?");

    private DocsFactsParser() {
    }

    /** Null when a field is wrong; each wrong field is added to {@code v}, under {@code prefix}. */
    static DocsFacts parse(Validation v, String prefix, DocsFactsInput in, DocsKind kind, DocsStatus status,
                           Instant asOf) {
        if (in == null) {
            v.add(prefix.isEmpty() ? "data" : prefix.substring(0, prefix.length() - 1), "is required");
            return null;
        }
        String id = v.requiredText(prefix + "id", in.id(), DocsFacts.EXTERNAL_ID_MAX);
        String reference = v.requiredText(prefix + "clientReference", in.clientReference(),
                DocsFacts.CLIENT_REFERENCE_MAX);
        String title = v.requiredText(prefix + "title", in.title(), DocsFacts.TITLE_MAX);
        Optional<String> number = v.optionalText(prefix + "number", in.number(), DocsFacts.NUMBER_MAX);
        Optional<DocsAmounts> amounts = amounts(v, prefix, in);
        Optional<LocalDate> dueDate = v.optional(prefix + "dueDate", in.dueDate(), Dates::parse);
        Optional<String> url = v.optional(prefix + "url", in.url(), DocsFactsParser::url);
        if (v.hasErrors()) {
            return null;
        }
        return new DocsFacts(kind, id, reference, title, number, status, amounts, dueDate, url,
                Boolean.TRUE.equals(in.clientVisible()), asOf);
    }

    private static Optional<DocsAmounts> amounts(Validation v, String prefix, DocsFactsInput in) {
        Optional<Currency> currency = v.optional(prefix + "currency", in.currency(), Money::currencyOf);
        Optional<BigDecimal> total = v.optional(prefix + "total", in.total(), Money::amountOf);
        Optional<BigDecimal> due = v.optional(prefix + "amountDue", in.amountDue(), Money::amountOf);
        if (total.isEmpty()) {
            if (due.isPresent() && isBlank(in.total())) {
                v.add(prefix + "total", "is required with amountDue");
            }
            return Optional.empty();
        }
        if (currency.isEmpty()) {
            if (isBlank(in.currency())) {
                v.add(prefix + "currency", "is required with total");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(DocsAmounts.of(currency.get(), total.get(), due.orElse(total.get())));
        } catch (IllegalArgumentException e) {
            v.add(prefix + "amountDue", e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    /** An absolute http(s) link with a host, as a contact's browser will be sent to it. */
    private static String url(String raw) {
        String url = raw.strip();
        if (!LINK.matcher(url).matches() || url.length() > DocsFacts.URL_MAX) {
            throw new IllegalArgumentException("must be an http(s) link of at most " + DocsFacts.URL_MAX
                    + " characters");
        }
        return url;
    }
}
