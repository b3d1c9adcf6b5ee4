package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.Lifecycle;

/**
 * The operators page: one page of operators by name, each with its role to change and a remove
 * button, and the form to add one. {@code refused} names the form it answers: {@code add}, or the
 * id of the operator whose row's form was refused.
 */
public record OperatorsView(Frame frame, List<String> roles, List<OperatorRow> rows, String nextPage,
                            Newcomer newcomer, Refused refused) {

    static final String ADD = "add";

    public record OperatorRow(String id, String name, String email, String role, String since, long version) {

        static OperatorRow of(Operator operator) {
            return new OperatorRow(operator.id().toString(), operator.name(), operator.email().toString(),
                    Lifecycle.wireName(operator.role()), Shown.time(operator.createdAt()), operator.version());
        }
    }

    /** The add form as typed (never its password, which is not shown again). */
    public record Newcomer(String email, String name, String role) {

        static final Newcomer BLANK = new Newcomer("", "", "member");

        static Newcomer typed(Context ctx) {
            return new Newcomer(Form.text(ctx, "email"), Form.text(ctx, "name"), Form.text(ctx, "role"));
        }
    }

    static OperatorsView of(Frame frame, Page<Operator> page, Newcomer newcomer, Refused refused) {
        return new OperatorsView(frame, Arrays.stream(Role.values()).map(Lifecycle::wireName).toList(),
                page.items().stream().map(OperatorRow::of).toList(), NextPage.of(page, "/app/operators"), newcomer,
                refused);
    }
}
