package org.clientportal.adapters.http.sla;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.sla.BusinessHoursCommand;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;

/** An agency's business hours as they are set now. */
@Schema(name = "BusinessHours", description = "When the agency works; SLA clocks count only this time.")
record BusinessHoursJson(@Schema(example = "Europe/Berlin") String timeZone,
                         @ArraySchema(schema = @Schema(implementation = DayOfWeek.class),
                                 arraySchema = @Schema(description = "Monday first.")) List<String> workingDays,
                         @Schema(pattern = BusinessHoursCommand.TIME_OF_DAY, example = "09:00") String opens,
                         @Schema(pattern = BusinessHoursCommand.TIME_OF_DAY, example = "17:00") String closes,
                         @ArraySchema(schema = @Schema(format = "date"), arraySchema = @Schema(description = "Oldest"
                                 + " first.")) List<String> holidays,
                         @Schema(minimum = "0", description = "0 until first set, bumped on every change; the ETag is"
                                 + " this number in quotes.") long version) {

    static BusinessHoursJson of(Versioned<BusinessHours> setting) {
        BusinessHours hours = setting.value();
        return new BusinessHoursJson(hours.zone().getId(), WireNames.of(hours.workingDays().stream().sorted().toList()),
                hours.opens().toString(), hours.closes().toString(),
                hours.holidays().stream().map(Object::toString).toList(), setting.version());
    }
}
