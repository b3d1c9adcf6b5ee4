package org.clientportal.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.domain.shared.DomainError;

/**
 * How a page group registers its pages: each route declares its audience (open, operator or
 * contact) and whether it shows a page (GET) or takes a form (POST), and this class does the rest
 * once for all of them — resolving the visitor (or sending them to sign in), checking a form's CSRF
 * token, rendering the answer with the security headers, and showing a refusal: a form's on its own
 * page next to the fields it names, anything else on an error page with the API's status for it.
 * Page handlers hold no try/catch of their own.
 */
public final class Pages {

    /** A page or form of a signed-in operator or contact. */
    @FunctionalInterface
    public interface VisitHandler {
        Answer handle(Context ctx, Visit visit);
    }

    /** A form's page shown again with what was wrong. */
    @FunctionalInterface
    public interface RefusedVisit {
        Answer handle(Context ctx, Visit visit, Refusal refusal);
    }

    /** A page or form before sign-in; the frame carries the form token. */
    @FunctionalInterface
    public interface OpenHandler {
        Answer handle(Context ctx, Frame frame);
    }

    /** A sign-in form shown again with what was wrong. */
    @FunctionalInterface
    public interface RefusedOpen {
        Answer handle(Context ctx, Frame frame, Refusal refusal);
    }

    private final RoutesConfig routes;
    private final Templates templates;
    private final Visitors visitors;
    private final WebCookies cookies;
    private final FormToken formTokens;

    Pages(RoutesConfig routes, Templates templates, Visitors visitors, WebCookies cookies) {
        this.routes = routes;
        this.templates = templates;
        this.visitors = visitors;
        this.cookies = cookies;
        this.formTokens = new FormToken(cookies);
    }

    public WebCookies cookies() {
        return cookies;
    }

    public void operatorPage(String path, VisitHandler page) {
        routes.get(path, ctx -> visit(ctx, Frame.APP, visitors::operator, visit -> page.handle(ctx, visit)));
    }

    public void operatorForm(String path, VisitHandler form, RefusedVisit refused) {
        routes.post(path, ctx -> visit(ctx, Frame.APP, visitors::operator, visit -> taken(ctx, visit, form, refused)));
    }

    /** A form with no page of its own (a download, say): a refusal is shown on the error page. */
    public void operatorAction(String path, VisitHandler action) {
        operatorForm(path, action, (ctx, visit, refusal) -> error(visit.frame(), refusal));
    }

    public void contactAction(String path, VisitHandler action) {
        contactForm(path, action, (ctx, visit, refusal) -> error(visit.frame(), refusal));
    }

    public void contactPage(String path, VisitHandler page) {
        routes.get(path, ctx -> visit(ctx, Frame.PORTAL, visitors::contact, visit -> page.handle(ctx, visit)));
    }

    public void contactForm(String path, VisitHandler form, RefusedVisit refused) {
        routes.post(path, ctx -> visit(ctx, Frame.PORTAL, visitors::contact, visit -> taken(ctx, visit, form, refused)));
    }

    /** A page anyone may see, such as a sign-in form: {@code surface} picks its layout. */
    public void openPage(String surface, String path, OpenHandler page) {
        routes.get(path, ctx -> {
            Frame frame = Frame.signIn(surface, "", formTokens.issue(ctx));
            write(ctx, shown(ctx, frame, () -> page.handle(ctx, frame)));
        });
    }

    public void openForm(String surface, String path, OpenHandler form, RefusedOpen refused) {
        routes.post(path, ctx -> {
            Frame frame = Frame.signIn(surface, "", formTokens.issue(ctx));
            Answer answer;
            try {
                formTokens.check(ctx);
                answer = form.handle(ctx, frame);
            } catch (DomainError e) {
                answer = shown(ctx, frame, () -> refused.handle(ctx, frame, Refusal.of(e)));
            }
            write(ctx, answer);
        });
    }

    private void visit(Context ctx, String surface, Function<Context, Visit> resolve, Function<Visit, Answer> work) {
        Visit visit;
        try {
            visit = resolve.apply(ctx);
        } catch (AuthenticationFailed e) {
            write(ctx, signIn(ctx, surface));
            return;
        } catch (DomainError e) {
            write(ctx, error(Frame.signIn(surface, "", ""), e));
            return;
        }
        write(ctx, shown(ctx, visit.frame(), () -> work.apply(visit)));
    }

    private Answer taken(Context ctx, Visit visit, VisitHandler form, RefusedVisit refused) {
        try {
            FormToken.checkSame(ctx.formParam(FormToken.FIELD), visit.frame().csrfToken());
            return form.handle(ctx, visit);
        } catch (DomainError e) {
            return refused.handle(ctx, visit, Refusal.of(e));
        }
    }

    /** The answer, or the error page when the work (or a refused form's page) is refused itself. */
    private static Answer shown(Context ctx, Frame frame, Supplier<Answer> work) {
        try {
            return work.get();
        } catch (DomainError e) {
            return error(frame, e);
        }
    }

    private static Answer error(Frame frame, DomainError e) {
        return error(frame, Refusal.of(e));
    }

    private static Answer error(Frame frame, Refusal refusal) {
        return Answer.view("error.jte", new ErrorView(frame.titled(ErrorView.title(refusal.status())), refusal),
                refusal.status());
    }

    /**
     * To the sign-in page, back here afterwards. An operator signs in with a password; a contact opens the
     * portal with a link, so theirs only says so. An htmx request gets the address in HX-Redirect instead,
     * so the whole page goes, not a fragment of it.
     */
    private static Answer signIn(Context ctx, String surface) {
        String location = Frame.APP.equals(surface)
                ? "/app/sign-in" + (ctx.method().name().equals("GET")
                        ? "?next=" + URLEncoder.encode(ctx.path() + query(ctx), StandardCharsets.UTF_8) : "")
                : "/portal/sign-in";
        if (ctx.header("HX-Request") != null) {
            ctx.header("HX-Redirect", location);
        }
        return Answer.redirect(location);
    }

    private static String query(Context ctx) {
        return ctx.queryString() == null ? "" : "?" + ctx.queryString();
    }

    private void write(Context ctx, Answer answer) {
        SecurityHeaders.onPage(ctx);
        if (answer instanceof Answer.Redirect redirect) {
            ctx.status(303);
            ctx.header("Location", redirect.location());
        } else if (answer instanceof Answer.View view) {
            ctx.status(view.status());
            ctx.contentType("text/html; charset=utf-8").result(templates.render(view.template(), view.model()));
        }
    }
}
