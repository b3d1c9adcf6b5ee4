package org.clientportal.application.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.capacity.BudgetPeriod;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.ValidationFailed;

/** Reads a budget's terms, naming each field that is wrong, and the rules between them as the field they fall on. */
final class BudgetInput {

    private BudgetInput() {
    }

    /** A new budget: monthly from today unless it says otherwise. */
    static BudgetTerms terms(BudgetCommand command, LocalDate today) {
        Validation v = new Validation();
        BigDecimal hours = v.requiredValue("hours", command.hours(), BudgetTerms::hours);
        BudgetPeriod period = v.optional("period", command.period(), raw -> StatusNames.parse(BudgetPeriod.class, raw))
                .orElse(BudgetPeriod.MONTH);
        LocalDate startsOn = v.optional("startsOn", command.startsOn(), Dates::parse).orElse(today);
        Optional<LocalDate> endsOn = v.optional("endsOn", command.endsOn(), Dates::parse);
        v.done();
        return checked(hours, period, startsOn, endsOn, command.clientVisible() != null && command.clientVisible());
    }

    /** The terms, or the rule they break as a validation error of the field it concerns. */
    static BudgetTerms checked(BigDecimal hours, BudgetPeriod period, LocalDate startsOn, Optional<LocalDate> endsOn,
                               boolean clientVisible) {
        if (period == BudgetPeriod.CUSTOM && endsOn.isEmpty()) {
            throw ValidationFailed.of("endsOn", "is required for a custom period: it is the budget's last day");
        }
        if (endsOn.isPresent() && endsOn.get().isBefore(startsOn)) {
            throw ValidationFailed.of("endsOn", "must be on or after startsOn (" + startsOn + ")");
        }
        return new BudgetTerms(hours, period, startsOn, endsOn, clientVisible);
    }
}
