package org.clientportal.adapters.web.operator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clientportal.application.capacity.BudgetUse;
import org.clientportal.application.capacity.ClientCapacity;
import org.clientportal.application.capacity.PeriodUse;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Capacity per client as a horizontal bar chart drawn on the server (SVG, no script): one bar per
 * client with a budget, the share used of its most used budget's period holding today, the bar
 * capped at 100 % and marked at 80 %. The geometry is worked out here so that the template only places it.
 */
public record CapacityChart(int width, int height, int barX, int barMax, int warningX, List<Bar> bars) {

    // Units of the SVG's view box, scaled to the page's width; small enough overall that the 17-unit
    // text stays readable on a phone.
    static final int ROW = 34;
    static final int LABEL_WIDTH = 150;
    static final int BAR_MAX = 260;
    private static final int LABEL_MAX = 16;

    /** {@code level}: ok, warning or exceeded, the bar's class; {@code detail}: the numbers, said in words. */
    public record Bar(String clientId, String name, String detail, int y, int textY, int barWidth, int valueX,
                      String percent, String level) {
    }

    /** {@code capacities}: the capacity today of those of the clients with a budget, in the order the bars are drawn. */
    static CapacityChart of(List<Client> clients, List<ClientCapacity> capacities) {
        Map<ClientId, Client> byId = clients.stream().collect(Collectors.toMap(Client::id, client -> client));
        List<Bar> bars = new ArrayList<>();
        for (ClientCapacity capacity : capacities) {
            mostUsed(capacity).ifPresent(used -> bars.add(bar(byId.get(capacity.clientId()), used, bars.size())));
        }
        return new CapacityChart(LABEL_WIDTH + BAR_MAX + 80, Math.max(bars.size(), 1) * ROW, LABEL_WIDTH, BAR_MAX,
                LABEL_WIDTH + BAR_MAX * CapacitySection.WARNING_PERCENT.intValue() / 100, List.copyOf(bars));
    }

    private record Used(BudgetUse budget, PeriodUse period) {
    }

    private static Optional<Used> mostUsed(ClientCapacity capacity) {
        return capacity.budgets().stream()
                .flatMap(budget -> budget.periods().stream().map(period -> new Used(budget, period)))
                .max(Comparator.comparing(used -> used.period().percentUsed()));
    }

    private static Bar bar(Client client, Used used, int row) {
        BigDecimal percent = used.period().percentUsed();
        int width = percent.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(BAR_MAX))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValue();
        String name = client.profile().name();
        String label = name.length() > LABEL_MAX ? name.substring(0, LABEL_MAX - 1) + "…" : name;
        return new Bar(client.id().toString(), label,
                name + ": " + CapacitySection.hours(BigDecimal.valueOf(used.period().used().minutes())) + " of "
                        + CapacitySection.hours(used.period().budgetMinutes()) + " ("
                        + Lifecycle.wireName(used.budget().budget().terms().period()) + " budget)",
                row * ROW, row * ROW + 23, width, LABEL_WIDTH + width + 6, percent.toPlainString() + " %",
                CapacitySection.level(percent));
    }
}
