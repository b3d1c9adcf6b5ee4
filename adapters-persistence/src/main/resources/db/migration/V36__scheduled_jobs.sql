-- Scheduled jobs run on db-scheduler, which keeps its schedule in a table of its own; and every run
-- of a job is recorded. Both are the system's, not a tenant's, so they live in a schema of their own,
-- outside the tenants' row-level security: the runtime role reads and writes them as the scheduler
-- needs, and learns nothing of any tenant there. What a run did for a tenant is the tenant's, in
-- portal.job_run_counts, behind row-level security like any of its rows.
create schema jobs;

-- db-scheduler's table (its PostgreSQL layout).
create table jobs.scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index scheduled_tasks_execution_time_idx on jobs.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on jobs.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on jobs.scheduled_tasks (priority desc, execution_time);

-- One row a run: a job's slot is run once, whatever the scheduler does (the key says so).
create table jobs.job_runs (
    id          uuid        not null primary key,
    job         text        not null check (char_length(job) between 1 and 60),
    slot        timestamptz not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    outcome     text        not null check (outcome in ('running', 'succeeded', 'failed')),
    counts      jsonb       not null default '{}',
    error       text        check (char_length(error) <= 1000),
    ran_by      text        not null check (char_length(ran_by) between 1 and 200),
    constraint job_runs_slot_key unique (job, slot),
    check ((finished_at is null) = (outcome = 'running'))
);

create index job_runs_started_idx on jobs.job_runs (started_at, id);

create table portal.job_run_counts (
    tenant_id uuid  not null references portal.tenants (id),
    run_id    uuid  not null references jobs.job_runs (id),
    counts    jsonb not null,
    primary key (tenant_id, run_id)
);

alter table portal.job_run_counts enable row level security;
alter table portal.job_run_counts force row level security;

create policy job_run_counts_agency on portal.job_run_counts
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- The stale-leads job's narrow path across tenants: the leads nobody touched since a moment, by id
-- only, oldest first.
create function portal.stale_leads(untouched_before timestamptz, batch_size integer)
    returns table (tenant_id uuid, client_id uuid)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$
        select c.tenant_id, c.id from portal.clients c
        where c.status = 'lead' and c.updated_at < untouched_before
        order by c.updated_at, c.id
        limit batch_size
    $$;

revoke all on function portal.stale_leads(timestamptz, integer) from public;

create policy clients_owner_finds_stale_leads on portal.clients for select
    to current_user
    using (status = 'lead');

alter table portal.runtime_grants drop constraint runtime_grants_object_type_check;
alter table portal.runtime_grants add constraint runtime_grants_object_type_check
    check (object_type in ('table', 'function', 'schema'));

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('schema', 'jobs', 'usage', 'the scheduler and the job runs live there'),
    ('table', 'jobs.scheduled_tasks', 'select, insert, update, delete', 'db-scheduler keeps its schedule there'),
    ('table', 'jobs.job_runs', 'select, insert, update', 'every run of a job is recorded, never deleted'),
    ('table', 'portal.job_run_counts', 'select, insert', 'what a run did for each tenant'),
    ('function', 'portal.stale_leads(timestamptz, integer)', 'execute', 'the stale-leads job finds its leads');
