package org.clientportal.adapters.http.sla;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.sla.BusinessHoursCommand;
import org.clientportal.domain.sla.BusinessHours;

/** The body of {@code PUT /api/v1/settings/business-hours}: every field, as the hours are replaced whole. */
record BusinessHoursRequest(
        @Schema(requiredMode = REQUIRED, example = "Europe/Berlin", description = "A region of the time zone"
                + " database, or `UTC`; not a bare offset, which knows no daylight saving.") String timeZone,
        @ArraySchema(schema = @Schema(allowableValues = {"monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday"}), arraySchema = @Schema(requiredMode = REQUIRED, description = "The working"
                + " days of the week, each once; at least one.")) List<String> workingDays,
        @Schema(requiredMode = REQUIRED, pattern = BusinessHoursCommand.TIME_OF_DAY, example = "09:00", description = "When"
                + " a working day starts, in the time zone.") String opens,
        @Schema(requiredMode = REQUIRED, pattern = BusinessHoursCommand.TIME_OF_DAY, example = "17:00", description = "When"
                + " a working day ends: at least an hour after `opens`, on the same day.") String closes,
        @ArraySchema(schema = @Schema(format = "date"), maxItems = BusinessHours.HOLIDAYS_MAX, arraySchema = @Schema(
                description = "Days of the time zone nobody works, each once; left out, none.")) List<String> holidays) {

    BusinessHoursCommand command(Optional<Long> expectedVersion) {
        return new BusinessHoursCommand(timeZone, workingDays, opens, closes, holidays, expectedVersion);
    }
}
