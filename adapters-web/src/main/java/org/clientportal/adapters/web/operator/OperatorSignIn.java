package org.clientportal.adapters.web.operator;

import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.RequestFacts;
import org.clientportal.application.session.LogInCommand;
import org.clientportal.application.session.SessionFeature;
import org.clientportal.application.session.SignedIn;

/** An operator signing in with agency, email and password, and out again. */
public final class OperatorSignIn implements PageGroup {

    private static final String TITLE = "Sign in";

    private final SessionFeature sessions;

    public OperatorSignIn(SessionFeature sessions) {
        this.sessions = sessions;
    }

    @Override
    public void register(Pages pages) {
        pages.openPage(Frame.APP, "/app/sign-in", (ctx, frame) -> Answer.view("operator/signIn.jte",
                new SignInView(frame.titled(TITLE), "", "", LandingPath.of(ctx.queryParam("next")), Refusal.NONE)));
        pages.openForm(Frame.APP, "/app/sign-in", (ctx, frame) -> {
            SignedIn signedIn = sessions.logIn().execute(new LogInCommand(Form.text(ctx, "tenant"), Form.text(ctx, "email"),
                    Form.text(ctx, "password"), RequestFacts.address(ctx)));
            pages.cookies().setOperator(ctx, signedIn.session().id());
            return Answer.redirect(LandingPath.of(ctx.formParam("next")));
        }, (ctx, frame, refusal) -> Answer.view("operator/signIn.jte", new SignInView(frame.titled(TITLE),
                Form.text(ctx, "tenant"), Form.text(ctx, "email"), LandingPath.of(ctx.formParam("next")), refusal),
                refusal.status()));
        pages.operatorForm("/app/sign-out", (ctx, visit) -> {
            sessions.logOut().execute(visit.sessionId());
            pages.cookies().clearOperator(ctx);
            return Answer.redirect("/app/sign-in");
        }, (ctx, visit, refusal) -> Answer.redirect("/app"));
    }
}
