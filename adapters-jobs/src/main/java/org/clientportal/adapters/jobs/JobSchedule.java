package org.clientportal.adapters.jobs;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * When each job runs: by default the stale-leads job daily at 03:00 UTC, the stale-attachments job at
 * 04:00 UTC, the recurring-checkpoints job at 04:15 UTC, the outbox-sweeper at 04:30 UTC, the
 * daily-digest job every hour on the hour (each agency's digests go out at 07:00 of its own time
 * zone) and the SLA-alerts job every five minutes; another table of schedules for tests (every
 * second, say).
 */
public record JobSchedule(Map<String, Schedule> byJob) {

    public static final JobSchedule DAILY = new JobSchedule(Map.of(
            "stale-leads", Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 0)),
            "stale-attachments", Schedules.daily(ZoneOffset.UTC, LocalTime.of(4, 0)),
            "daily-digest", Schedules.cron("0 0 * * * *", ZoneOffset.UTC),
            "sla-alerts", Schedules.cron("0 */5 * * * *", ZoneOffset.UTC),
            "recurring-checkpoints", Schedules.daily(ZoneOffset.UTC, LocalTime.of(4, 15)),
            "outbox-sweeper", Schedules.daily(ZoneOffset.UTC, LocalTime.of(4, 30))));

    public JobSchedule {
        byJob = Map.copyOf(byJob);
    }

    Schedule of(String job) {
        return Objects.requireNonNull(byJob.get(job), () -> "no schedule for the job " + job);
    }
}
