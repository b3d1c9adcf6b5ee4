package org.clientportal.domain.ask;

/** What the contact says they are filing: a bug report or a question. The agency classifies it. */
public enum AskKind {
    BUG,
    QUESTION
}
