package org.clientportal.adapters.web.operator;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.application.handoff.Handoff;
import org.clientportal.application.handoff.HandoffFeature;

/** A client's handoff summary for a new owner, read at one moment, as a page to read or print. */
public final class HandoffPage implements PageGroup {

    private final HandoffFeature handoff;

    public HandoffPage(HandoffFeature handoff) {
        this.handoff = handoff;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage("/app/clients/{id}/handoff", (ctx, visit) -> {
            Handoff summary = handoff.getHandoff().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.view("operator/handoff.jte", HandoffView.of(
                    visit.frame("Handoff: " + summary.client().profile().name()), summary));
        });
    }
}
