package org.clientportal.adapters.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.docs.Money;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Reads one item of Klevar Docs' API into {@link DocsFacts}, refusing what the portal cannot keep
 * and saying which field is wrong: a missing or over-long text, a status its kind cannot have,
 * amounts without a currency, a link that is not http(s) (it is shown to clients to click).
 * Amounts are read exactly from the JSON's text, so {@code "0.10"} stays 0.10. Fields it does not
 * know are ignored, so Docs may add some.
 */
final class DocsItemReader {

    /** The longest status, currency, date or instant read: enough for any, short enough to name in a message. */
    private static final int CODE_MAX = 40;

    private DocsItemReader() {
    }

    static DocsFacts read(DocsKind kind, JsonNode item) {
        try {
            return facts(kind, item);
        } catch (IllegalArgumentException e) {
            String id = item.path("id").isTextual() ? "\"" + item.path("id").asText() + "\"" : "without an id";
            throw DocsFailure.unusable("Klevar Docs answered an unreadable " + noun(kind) + " (" + id + "): "
                    + e.getMessage(), e);
        }
    }

    static String noun(DocsKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static DocsFacts facts(DocsKind kind, JsonNode item) {
        if (!item.isObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        return new DocsFacts(kind,
                required(item, "id", DocsFacts.EXTERNAL_ID_MAX),
                required(item, "clientReference", DocsFacts.CLIENT_REFERENCE_MAX),
                required(item, "title", DocsFacts.TITLE_MAX),
                optional(item, "number", DocsFacts.NUMBER_MAX),
                status(kind, item),
                amounts(item),
                optional(item, "dueDate", CODE_MAX).map(as("dueDate", "a date such as 2026-03-31", LocalDate::parse)),
                optional(item, "url", DocsFacts.URL_MAX).map(DocsItemReader::link),
                flag(item, "clientVisible"),
                as("updatedAt", "an instant such as 2026-03-01T10:00:00Z", Instant::parse)
                        .apply(required(item, "updatedAt", CODE_MAX)));
    }

    private static DocsStatus status(DocsKind kind, JsonNode item) {
        String wireName = required(item, "status", CODE_MAX);
        List<DocsStatus> possible = Arrays.stream(DocsStatus.values()).filter(s -> s.appliesTo(kind)).toList();
        return possible.stream().filter(s -> Lifecycle.wireName(s).equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status \"" + wireName + "\" is not one of "
                        + (kind == DocsKind.INVOICE ? "an " : "a ") + noun(kind) + "'s: "
                        + String.join(", ", possible.stream().map(Lifecycle::wireName).toList())));
    }

    private static Optional<DocsAmounts> amounts(JsonNode item) {
        Optional<Currency> currency = optional(item, "currency", CODE_MAX)
                .map(named("currency", Money::currencyOf));
        Optional<BigDecimal> total = amount(item, "total");
        Optional<BigDecimal> due = amount(item, "amountDue");
        if (total.isEmpty()) {
            if (due.isPresent()) {
                throw new IllegalArgumentException("amountDue is given without a total");
            }
            return Optional.empty();
        }
        Currency in = currency.orElseThrow(() -> new IllegalArgumentException("total is given without a currency"));
        Money totalMoney = money("total", total.get(), in);
        Money dueMoney = money("amountDue", due.orElse(total.get()), in);
        try {
            return Optional.of(new DocsAmounts(totalMoney, dueMoney));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("amountDue " + e.getMessage(), e);
        }
    }

    private static Optional<BigDecimal> amount(JsonNode item, String field) {
        JsonNode node = item.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            return Optional.of(named(field, Money::amountOf).apply(node.asText()));
        }
        throw new IllegalArgumentException(field + " must be a decimal number such as 1250.00");
    }

    private static Money money(String field, BigDecimal amount, Currency currency) {
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " " + e.getMessage(), e);
        }
    }

    private static String link(String raw) {
        URI url = as("url", "an http or https address", URI::create).apply(raw);
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("url must be an http or https address");
        }
        return raw;
    }

    private static boolean flag(JsonNode item, String field) {
        JsonNode node = item.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return node.booleanValue();
    }

    private static String required(JsonNode item, String field, int max) {
        return optional(item, field, max).orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
    }

    /** A text field; absent when missing, null or blank. */
    private static Optional<String> optional(JsonNode item, String field, int max) {
        JsonNode node = item.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        String text = node.asText();
        if (text.codePointCount(0, text.length()) > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** A domain parse, whose failure says what the value "must" be: said of the field. */
    private static <T> Function<String, T> named(String field, Function<String, T> parse) {
        return raw -> {
            try {
                return parse.apply(raw);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + " " + e.getMessage(), e);
            }
        };
    }

    /** A JDK parse, whose failure names the field and what it should look like. */
    private static <T> Function<String, T> as(String field, String shape, Function<String, T> parse) {
        return raw -> {
            try {
                return parse.apply(raw);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new IllegalArgumentException(field + " must be " + shape, e);
            }
        };
    }
}
