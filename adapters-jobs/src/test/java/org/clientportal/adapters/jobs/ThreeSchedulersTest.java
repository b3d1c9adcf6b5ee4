package org.clientportal.adapters.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.job.Job;
import org.clientportal.application.job.RunJob;
import org.clientportal.application.port.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Three schedulers on one database, as three replicas would run them, and a job due every second:
 * each slot runs exactly once, whichever scheduler picks it.
 */
class ThreeSchedulersTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Clock WALL_CLOCK = Instant::now;

    @Test
    void eachSlot_runsExactlyOnce_acrossThreeSchedulers() throws Exception {
        PostgresPersistence db = DATABASE.persistence();
        String name = "every-second-" + UUID.randomUUID().toString().substring(0, 8);
        List<Instant> ran = new CopyOnWriteArrayList<>();
        List<DbSchedulerJobs> schedulers = new ArrayList<>();
        try {
            for (int i = 1; i <= 3; i++) {
                String replica = "replica-" + i;
                Job counting = new Job() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public Map<String, Long> run(UUID runId, Instant slot) {
                        ran.add(slot);
                        return Map.of("ran", 1L);
                    }
                };
                schedulers.add(DbSchedulerJobs.start(db.dataSource(), List.of(counting),
                        new RunJob(db.transactions(), db.jobRuns(), WALL_CLOCK, replica),
                        new JobSchedule(Map.of(name, Schedules.cron("*/1 * * * * *"))), replica,
                        Duration.ofMillis(100)));
            }
            Thread.sleep(5_000);
        } finally {
            schedulers.forEach(DbSchedulerJobs::close);
        }

        assertThat(ran).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        try (var admin = DATABASE.connectAsAdmin(); var statement = admin.prepareStatement(
                "select count(*), count(distinct slot) from jobs.job_runs where job = ?")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(ran.size());
                assertThat(rows.getInt(2)).isEqualTo(ran.size());
            }
        }
    }
}
