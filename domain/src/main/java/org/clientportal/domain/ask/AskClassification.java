package org.clientportal.domain.ask;

/**
 * What the agency makes of an ask. A task and a bug are work, tracked by a task of their own; a
 * question is answered by replies; not actionable needs neither.
 */
public enum AskClassification {
    UNCLASSIFIED,
    TASK,
    BUG,
    QUESTION,
    NOT_ACTIONABLE;

    /** Classified so that a task is made of it. */
    public boolean makesTask() {
        return this == TASK || this == BUG;
    }
}
