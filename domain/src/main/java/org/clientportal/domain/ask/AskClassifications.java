package org.clientportal.domain.ask;

import static org.clientportal.domain.ask.AskClassification.BUG;
import static org.clientportal.domain.ask.AskClassification.NOT_ACTIONABLE;
import static org.clientportal.domain.ask.AskClassification.QUESTION;
import static org.clientportal.domain.ask.AskClassification.TASK;
import static org.clientportal.domain.ask.AskClassification.UNCLASSIFIED;

import org.clientportal.domain.shared.Lifecycle;

/**
 * The one table of how an ask may be classified, and classified again. An operator may change their
 * mind between question and not actionable, or turn either into work; once an ask is a task or a
 * bug, its linked task carries the work on, so that classification is final (the task itself can be
 * cancelled). Nothing moves back to unclassified.
 */
public final class AskClassifications {

    public static final Lifecycle<AskClassification> MOVES = Lifecycle.of("ask", AskClassification.class)
            .from(UNCLASSIFIED, TASK, BUG, QUESTION, NOT_ACTIONABLE)
            .from(QUESTION, TASK, BUG, NOT_ACTIONABLE)
            .from(NOT_ACTIONABLE, TASK, BUG, QUESTION)
            .from(TASK)
            .from(BUG)
            .build();

    private AskClassifications() {
    }
}
