package org.clientportal.domain.ask;

import java.util.List;
import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.Lifecycle;

/** The ask's classification cannot become the one asked for; names the current one and the allowed. */
public final class ClassificationNotAllowed extends DomainError {

    private static final long serialVersionUID = 1L;

    public ClassificationNotAllowed(AskClassification current, AskClassification requested) {
        super(ErrorKind.CONFLICT, "ask.classification-not-allowed", detail(current, requested),
                Map.of("current", Lifecycle.wireName(current), "requested", Lifecycle.wireName(requested),
                        "allowed", allowed(current)));
    }

    private static List<String> allowed(AskClassification current) {
        return AskClassifications.MOVES.allowedFrom(current).stream().map(Lifecycle::wireName).toList();
    }

    private static String detail(AskClassification current, AskClassification requested) {
        String now = Lifecycle.wireName(current);
        if (allowed(current).isEmpty()) {
            return "The ask is classified as " + now + ", which is final: its linked task carries the work on";
        }
        return "An ask classified as " + now + " cannot be classified as " + Lifecycle.wireName(requested)
                + "; allowed: " + String.join(", ", allowed(current));
    }
}
