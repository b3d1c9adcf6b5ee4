package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.Optional;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Versions;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.operator.OperatorChanges;
import org.clientportal.application.operator.OperatorFeature;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/**
 * The agency's operators, for owners and admins: the list, adding one with a role and a first
 * password, changing a role, removing one. The page itself asks for the right its forms need, so a
 * member or viewer gets the 403 the use cases would give them, not a page of buttons that all fail.
 */
public final class OperatorPages implements PageGroup {

    private static final String PAGE_SIZE = "100";
    private static final String LIST = "/app/operators";

    private final OperatorFeature operators;

    public OperatorPages(OperatorFeature operators) {
        this.operators = operators;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage(LIST, (ctx, visit) -> list(ctx, visit, OperatorsView.Newcomer.BLANK, Refused.NONE));
        pages.operatorForm(LIST, (ctx, visit) -> {
            operators.addOperator().execute(visit.actor(), new AddOperatorCommand(Form.text(ctx, "email"),
                    Form.text(ctx, "name"), Form.text(ctx, "role"), Form.text(ctx, "password")));
            return Answer.redirect(LIST);
        }, (ctx, visit, refusal) -> list(ctx, visit, OperatorsView.Newcomer.typed(ctx),
                new Refused(OperatorsView.ADD, refusal)));
        pages.operatorForm(LIST + "/{id}/role", (ctx, visit) -> {
            operators.changeOperator().execute(visit.actor(), ctx.pathParam("id"), new OperatorChanges(
                    Change.to(Form.text(ctx, "role")), Change.keep(), Optional.of(Versions.of(ctx))));
            return Answer.redirect(LIST);
        }, (ctx, visit, refusal) -> list(ctx, visit, OperatorsView.Newcomer.BLANK,
                new Refused(ctx.pathParam("id"), refusal)));
        pages.operatorForm(LIST + "/{id}/removal", (ctx, visit) -> {
            operators.removeOperator().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.redirect(LIST);
        }, (ctx, visit, refusal) -> list(ctx, visit, OperatorsView.Newcomer.BLANK,
                new Refused(ctx.pathParam("id"), refusal)));
    }

    private Answer list(Context ctx, Visit visit, OperatorsView.Newcomer newcomer, Refused refused) {
        visit.actor().signedInOperator(Permission.MANAGE_OPERATORS);
        return Answer.view("operator/operators.jte", OperatorsView.of(visit.frame("Operators"),
                operators.listOperators().execute(visit.actor(), new PageInput(PAGE_SIZE, ctx.queryParam("cursor"))),
                newcomer, refused), refused.status());
    }
}
