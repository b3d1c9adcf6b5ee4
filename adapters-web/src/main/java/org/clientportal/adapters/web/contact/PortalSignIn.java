package org.clientportal.adapters.web.contact;

import io.javalin.http.Context;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.RequestFacts;
import org.clientportal.application.portal.OpenPortalCommand;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.portal.PortalSignedIn;

/**
 * A contact opening the portal with the link their agency sent ({@code /portal/sign-in#token=…}).
 * The token rides in the link's fragment, which browsers never send to a server or in a Referer, so
 * the page's script hands it to the form; without scripts the contact pastes the link instead.
 */
public final class PortalSignIn implements PageGroup {

    private static final String TITLE = "Open your portal";
    private static final String TOKEN_MARK = "#token=";

    private final PortalFeature portal;

    public PortalSignIn(PortalFeature portal) {
        this.portal = portal;
    }

    @Override
    public void register(Pages pages) {
        pages.openPage(Frame.PORTAL, "/portal/sign-in", (ctx, frame) ->
                Answer.view("contact/signIn.jte", new PortalSignInView(frame.titled(TITLE), Refusal.NONE)));
        pages.openForm(Frame.PORTAL, "/portal/sign-in", (ctx, frame) -> {
            PortalSignedIn signedIn = portal.openPortalSession().execute(new OpenPortalCommand(token(ctx),
                    RequestFacts.address(ctx), RequestFacts.requestId(ctx)));
            pages.cookies().setContact(ctx, signedIn.session().id());
            return Answer.redirect("/portal");
        }, (ctx, frame, refusal) -> Answer.view("contact/signIn.jte",
                new PortalSignInView(frame.titled(TITLE), refusal), refusal.status()));
        pages.contactForm("/portal/sign-out", (ctx, visit) -> {
            portal.closePortalSession().execute(visit.sessionId());
            pages.cookies().clearContact(ctx);
            return Answer.redirect("/portal/sign-in");
        }, (ctx, visit, refusal) -> Answer.redirect("/portal"));
    }

    /** The whole link pasted, or the token alone. */
    private static String token(Context ctx) {
        String link = Form.text(ctx, "link").strip();
        int mark = link.indexOf(TOKEN_MARK);
        return mark < 0 ? link : link.substring(mark + TOKEN_MARK.length());
    }
}
