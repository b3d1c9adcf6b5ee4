package org.clientportal.adapters.web.operator;

import org.clientportal.adapters.web.Refusal;

/**
 * A refusal on a page of several forms, and which form it answers, so that it is shown beside that
 * form's fields and not another's.
 */
public record Refused(String form, Refusal refusal) {

    static final Refused NONE = new Refused("", Refusal.NONE);

    public boolean of(String name) {
        return form.equals(name) && refusal.any();
    }

    /** The page's status: the API's status for the refusal, else 200. */
    int status() {
        return refusal.any() ? refusal.status() : 200;
    }
}
