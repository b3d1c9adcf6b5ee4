package org.clientportal.adapters.web.operator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.capacity.BudgetUse;
import org.clientportal.application.capacity.ClientCapacity;
import org.clientportal.application.capacity.PeriodUse;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;

/**
 * A client's time and capacity on its page: each budget's current period (used and left, warned at
 * 80 % and exceeded at 100 %), and the form to log time on the client, or one of its projects.
 */
public record CapacitySection(String csrfToken, String clientId, List<BudgetRow> budgets, List<ProjectChoice> projects,
                              TimeEntryForm form, Refusal refusal) {

    public static final BigDecimal WARNING_PERCENT = BigDecimal.valueOf(80);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUTES_AN_HOUR = BigDecimal.valueOf(60);

    /** {@code meter}: the share used, 0 to 100, for the progress bar; {@code level}: ok, warning or exceeded. */
    public record BudgetRow(String terms, String period, String used, String left, String percent, int meter,
                            String level) {

        static BudgetRow of(BudgetUse use, PeriodUse period) {
            return new BudgetRow(hours(use.budget().terms().hours().multiply(MINUTES_AN_HOUR)) + " a "
                    + Lifecycle.wireName(use.budget().terms().period()),
                    Shown.date(period.period().start()) + " to " + Shown.date(period.period().end()),
                    hours(BigDecimal.valueOf(period.used().minutes())), hours(period.remainingMinutes()),
                    period.percentUsed().toPlainString() + " %", period.percentUsed().min(HUNDRED).intValue(),
                    CapacitySection.level(period.percentUsed()));
        }
    }

    static CapacitySection of(String csrfToken, ClientCapacity capacity, List<Project> projects, TimeEntryForm form,
                              Refusal refusal) {
        return new CapacitySection(csrfToken, capacity.clientId().toString(), capacity.budgets().stream()
                .flatMap(use -> use.periods().stream().map(period -> BudgetRow.of(use, period))).toList(),
                projects.stream().map(ProjectChoice::of).toList(), form, refusal);
    }

    /** Minutes as hours to one decimal, e.g. "12.5 h". */
    static String hours(BigDecimal minutes) {
        return minutes.divide(MINUTES_AN_HOUR, 1, RoundingMode.HALF_UP).toPlainString() + " h";
    }

    static String level(BigDecimal percentUsed) {
        if (percentUsed.compareTo(HUNDRED) >= 0) {
            return "exceeded";
        }
        return percentUsed.compareTo(WARNING_PERCENT) >= 0 ? "warning" : "ok";
    }
}
