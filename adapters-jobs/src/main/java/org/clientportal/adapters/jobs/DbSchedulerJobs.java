package org.clientportal.adapters.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.clientportal.application.job.Job;
import org.clientportal.application.job.RunJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's jobs on db-scheduler, its schedule kept in jobs.scheduled_tasks of the portal's
 * own PostgreSQL: any number of replicas may run one, and each due execution is picked by one of
 * them (db-scheduler's optimistic lock on the row). The slot a run is for is the execution's due
 * time, and {@link RunJob} records it first, so a slot never runs twice even if a dead execution is
 * revived. db-scheduler was chosen over Quartz and JobRunr: it needs one table on the database we
 * have, no cluster configuration, and it is small enough to read.
 */
public final class DbSchedulerJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DbSchedulerJobs.class);
    private static final String TABLE = "jobs.scheduled_tasks";

    private final Scheduler scheduler;

    private DbSchedulerJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Starts a scheduler named {@code name} (as the record of runs names its runs) polling every {@code polling}. */
    public static DbSchedulerJobs start(DataSource dataSource, List<Job> jobs, RunJob runner, JobSchedule schedule,
                                        String name, Duration polling) {
        List<RecurringTask<Void>> tasks = jobs.stream().map(job -> Tasks.recurring(job.name(), schedule.of(job.name()))
                .execute((instance, context) -> {
                    runner.run(job, context.getExecution().executionTime).ifPresent(outcome ->
                            LOG.info("Job {} for {}: {}", job.name(), context.getExecution().executionTime, outcome));
                })).toList();
        Scheduler scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(2)
                .pollingInterval(polling)
                .build();
        scheduler.start();
        return new DbSchedulerJobs(scheduler);
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
