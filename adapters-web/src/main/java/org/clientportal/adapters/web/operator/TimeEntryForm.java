package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.clientportal.adapters.web.Form;
import org.clientportal.application.capacity.LogTimeCommand;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * The "log time" form as the operator filled it: shown again as typed when it is refused. A project
 * left empty is none, and billable is a checkbox (checked by default).
 */
public record TimeEntryForm(String minutes, String day, String note, boolean billable, String projectId) {

    /** A fresh form on today: time is counted in UTC days, as the use cases count it. */
    static TimeEntryForm today() {
        return new TimeEntryForm("", LocalDate.now(ZoneOffset.UTC).toString(), "", true, "");
    }

    static TimeEntryForm typed(Context ctx) {
        return new TimeEntryForm(Form.text(ctx, "minutes"), Form.text(ctx, "date"), Form.text(ctx, "note"),
                "true".equals(Form.text(ctx, "billable")), Form.text(ctx, "projectId"));
    }

    /** The use case's command; minutes that are no whole number are refused here, as the API's JSON would be. */
    LogTimeCommand command(String clientId) {
        return new LogTimeCommand(clientId, orNull(projectId), null, wholeMinutes(), orNull(day), orNull(note),
                billable, null);
    }

    private Long wholeMinutes() {
        if (minutes.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(minutes.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailed.of("minutes", "must be a whole number of minutes");
        }
    }

    private static String orNull(String text) {
        return text.isBlank() ? null : text;
    }
}
