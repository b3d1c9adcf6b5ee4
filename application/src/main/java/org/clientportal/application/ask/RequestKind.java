package org.clientportal.application.ask;

import java.util.Optional;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.shared.StatusNames;

/** What a contact files from the portal: a task request, or an ask (a bug report, a question). */
public enum RequestKind {
    TASK,
    BUG,
    QUESTION;

    static RequestKind parse(String raw) {
        return StatusNames.parse(RequestKind.class, raw);
    }

    /** The ask this kind files; none for a task request. */
    public Optional<AskKind> askKind() {
        return switch (this) {
            case TASK -> Optional.empty();
            case BUG -> Optional.of(AskKind.BUG);
            case QUESTION -> Optional.of(AskKind.QUESTION);
        };
    }

    public static RequestKind of(AskKind kind) {
        return kind == AskKind.BUG ? BUG : QUESTION;
    }
}
