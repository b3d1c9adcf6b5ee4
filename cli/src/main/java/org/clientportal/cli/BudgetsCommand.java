package org.clientportal.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "budgets", description = "A client's capacity budgets (hours a period; portal capacity show says how much is used): list, set, change, delete.",
        subcommands = picocli.CommandLine.HelpCommand.class)
final class BudgetsCommand {

    private final Resource budgets;

    BudgetsCommand(Context context) {
        this.budgets = new Resource(context, "/api/v1/capacity-budgets",
                Column.fields("id", "hours", "period", "startsOn", "endsOn", "clientVisible", "version"),
                Column.fields("id", "clientId", "hours", "period", "startsOn", "endsOn", "clientVisible", "version", "createdAt",
                        "updatedAt"));
    }

    @Command(name = "list", description = "List a client's budgets, oldest first.", footerHeading = "%nExamples:%n",
            footer = {"  portal budgets list 01a242d0-…", "  portal budgets list 01a242d0-… --json"})
    void list(@Mixin ListOptions options, @Parameters(paramLabel = "CLIENT_ID") String clientId) {
        budgets.listWhole(clientBudgets(clientId), options);
    }

    @Command(name = "set", description = "Give a client a budget (owners and admins); time already logged in its period counts at once.",
            footerHeading = "%nExamples:%n", footer = {"  portal budgets set 01a242d0-… --hours 20",
                    "  portal budgets set 01a242d0-… --hours 37.5 --period week --starts 2027-01-04 --client-visible",
                    "  portal budgets set 01a242d0-… --hours 80 --period custom --starts 2027-01-01 --ends 2027-03-31"})
    void set(@Mixin OutputOptions options, @Parameters(paramLabel = "CLIENT_ID") String clientId,
             @Option(names = "--hours", required = true, description = "Hours a period, in hundredths at most (37.5).") BigDecimal hours,
             @Option(names = "--period", description = "month (the default), week, or custom (needs --ends).") String period,
             @Option(names = "--starts", paramLabel = "DATE", description = "The first period's first day (default: today).") String startsOn,
             @Option(names = "--ends", paramLabel = "DATE", description = "The last day counted; left out, it repeats for good.") String endsOn,
             @Option(names = "--client-visible", description = "Show it, with the hours used and left, to the client's contacts.") boolean clientVisible) {
        var body = Json.object().put("hours", hours);
        Json.putIfGiven(body, "period", period);
        Json.putIfGiven(body, "startsOn", startsOn);
        Json.putIfGiven(body, "endsOn", endsOn);
        body.put("clientVisible", clientVisible);
        budgets.post(clientBudgets(clientId), body, options);
    }

    @Command(name = "change", description = "Change a budget (owners and admins); --ends '' removes its last day (not of a custom one).",
            footerHeading = "%nExamples:%n", footer = {"  portal budgets change 01a242d0-… --hours 25",
                    "  portal budgets change 01a242d0-… --ends 2027-06-30 --client-visible true --if-version 2"})
    void change(@Mixin OutputOptions options, @Mixin IfVersion ifVersion, @Parameters(paramLabel = "BUDGET_ID") String id,
                @Option(names = "--hours") BigDecimal hours,
                @Option(names = "--ends", paramLabel = "DATE") String endsOn,
                @Option(names = "--client-visible", paramLabel = "true|false", arity = "1") Boolean clientVisible) {
        var changes = Json.object();
        Json.putIfGiven(changes, "hours", hours);
        Json.putOrClear(changes, "endsOn", endsOn);
        Json.putIfGiven(changes, "clientVisible", clientVisible);
        budgets.change(id, changes, ifVersion, options);
    }

    @Command(name = "delete", description = "Delete a budget and its crossings (owners and admins); the client's time entries stay.",
            footerHeading = "%nExamples:%n", footer = "  portal budgets delete 01a242d0-…")
    void delete(@Mixin IfVersion ifVersion, @Parameters(paramLabel = "BUDGET_ID") String id) {
        budgets.delete(budgets.item(id), ifVersion, "Budget " + id + " is deleted.");
    }

    private static String clientBudgets(String clientId) {
        return "/api/v1/clients/" + Resource.segment(clientId) + "/capacity-budgets";
    }
}
