package org.clientportal.application.ask;

import java.util.Objects;

/** A reply's text for an operator to edit and then publish; never stored as it is. */
public record ReplyDraft(String body) {

    public ReplyDraft {
        Objects.requireNonNull(body, "body");
    }
}
