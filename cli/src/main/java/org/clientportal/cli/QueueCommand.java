package org.clientportal.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "queue", description = "What needs an operator now, most urgent first, each with why; acknowledge or snooze an item by its id.",
        footerHeading = "%nExamples:%n", footer = {"  portal queue", "  portal queue --limit 10 --json",
                "  portal queue ack task_overdue.ACME-7.2026-12-01", "  portal queue snooze task_overdue.ACME-7.2026-12-01 --until 3d"},
        subcommands = picocli.CommandLine.HelpCommand.class)
final class QueueCommand extends ListCommand {

    private static final String PATH = "/api/v1/queue";
    private static final List<Column> MARK = Column.fields("itemId", "acknowledgedAt", "acknowledgedBy", "snoozedUntil", "snoozedBy");
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,4})([hd])");

    private final Context context;

    QueueCommand(Context context) {
        super(context, PATH, Column.fields("kind", "subjectKey", "title", "why", "at", "id"));
        this.context = context;
    }

    @Override
    Query query() {
        return Query.of();
    }

    @Command(name = "ack", description = "Acknowledge a queue item: it leaves the queue for good (acknowledging again changes nothing).",
            footerHeading = "%nExamples:%n", footer = "  portal queue ack task_overdue.ACME-7.2026-12-01")
    void ack(@Mixin OutputOptions options, @Parameters(paramLabel = "ITEM_ID") String id) {
        mark(id, "/acknowledgement", Json.object(), options);
    }

    @Command(name = "snooze", description = "Snooze a queue item: it leaves the queue until then (at most 90 days ahead); a new snooze replaces the old.",
            footerHeading = "%nExamples:%n", footer = {"  portal queue snooze task_overdue.ACME-7.2026-12-01 --until 2d",
                    "  portal queue snooze sla_at_risk.ACME-9 --until 2027-01-04T09:00:00Z"})
    void snooze(@Mixin OutputOptions options, @Parameters(paramLabel = "ITEM_ID") String id,
                @Option(names = "--until", required = true, paramLabel = "WHEN",
                        description = "A time (2027-01-04T09:00:00Z), a day (2027-01-04: its start, UTC), or hours or days from now (12h, 3d).") String until) {
        mark(id, "/snooze", Json.object().put("until", instant(until)), options);
    }

    private void mark(String id, String action, ObjectNode body, OutputOptions options) {
        context.printer().record(context.api().post(PATH + "/" + Resource.segment(id) + action, body).json(), MARK, options);
    }

    /** {@code --until} as the ISO-8601 time the API takes. */
    static String instant(String until) {
        Matcher relative = RELATIVE.matcher(until.strip());
        if (relative.matches()) {
            Duration ahead = "h".equals(relative.group(2)) ? Duration.ofHours(Long.parseLong(relative.group(1)))
                    : Duration.ofDays(Long.parseLong(relative.group(1)));
            return Instant.now().plus(ahead).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        try {
            return Instant.parse(until.strip()).toString();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(until.strip()).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
            } catch (DateTimeParseException notADay) {
                throw CliFailure.usage("error: --until: not a time, a day or a duration such as 3d: " + until);
            }
        }
    }
}
