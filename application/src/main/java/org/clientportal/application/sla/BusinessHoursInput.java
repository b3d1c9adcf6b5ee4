package org.clientportal.application.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clientportal.application.shared.Dates;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.sla.BusinessHours;

/** Checks business hours as sent, naming every wrong field at once. */
final class BusinessHoursInput {

    private static final Pattern CLOCK_TIME = Pattern.compile(BusinessHoursCommand.TIME_OF_DAY);

    private BusinessHoursInput() {
    }

    static BusinessHours hours(BusinessHoursCommand command) {
        Validation v = new Validation();
        ZoneId zone = v.required("timeZone", command.timeZone(), BusinessHoursInput::zone);
        Set<DayOfWeek> days = workingDays(v, command.workingDays());
        LocalTime opens = v.required("opens", command.opens(), BusinessHoursInput::clockTime);
        LocalTime closes = v.required("closes", command.closes(), BusinessHoursInput::clockTime);
        if (opens != null && closes != null && closes.isBefore(opens.plus(BusinessHours.SHORTEST_DAY))) {
            v.add("closes", "must be at least an hour after opens (a working day within one calendar day)");
        }
        TreeSet<LocalDate> holidays = holidays(v, command.holidays());
        v.done();
        return new BusinessHours(zone, days, opens, closes, holidays);
    }

    private static Set<DayOfWeek> workingDays(Validation v, List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            v.add("workingDays", "must name at least one day, such as [\"monday\", \"tuesday\"]");
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < raw.size(); i++) {
            DayOfWeek day = v.required("workingDays[" + i + "]", raw.get(i), r -> StatusNames.parse(DayOfWeek.class, r));
            if (day != null && !days.add(day)) {
                v.add("workingDays[" + i + "]", "names " + raw.get(i).strip() + " twice");
            }
        }
        return days;
    }

    private static TreeSet<LocalDate> holidays(Validation v, List<String> raw) {
        TreeSet<LocalDate> days = new TreeSet<>();
        List<String> given = raw == null ? List.of() : raw;
        if (given.size() > BusinessHours.HOLIDAYS_MAX) {
            v.add("holidays", "must hold at most " + BusinessHours.HOLIDAYS_MAX + " days");
            return days;
        }
        for (int i = 0; i < given.size(); i++) {
            LocalDate day = v.required("holidays[" + i + "]", given.get(i), Dates::parse);
            if (day != null && !days.add(day)) {
                v.add("holidays[" + i + "]", "names " + day + " twice");
            }
        }
        return days;
    }

    /** A region of the time zone database (Europe/Berlin) or UTC; never a bare offset, which knows no daylight saving. */
    private static ZoneId zone(String raw) {
        try {
            ZoneId zone = ZoneId.of(raw);
            if (!zone.getId().contains("/") && !Objects.equals(zone.getId(), "UTC")) {
                throw new DateTimeException("an offset");
            }
            return zone;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("must be a time zone such as Europe/Berlin, America/New_York or UTC");
        }
    }

    private static LocalTime clockTime(String raw) {
        try {
            if (!CLOCK_TIME.matcher(raw).matches()) {
                throw new DateTimeParseException("not HH:mm", raw, 0);
            }
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a time of day like 09:00");
        }
    }
}
