-- Projects' recurring checkpoints (a weekly status review, a monthly call): the scheduler makes a task
-- of each on its day (tasks of source 'checkpoint'), then moves it to its next day.
alter table portal.tasks drop constraint tasks_source_check;
alter table portal.tasks add constraint tasks_source_check
    check (source in ('operator', 'portal', 'ask', 'checkpoint'));

create table portal.checkpoints (
    tenant_id    uuid        not null,
    id           uuid        not null,
    project_id   uuid        not null,
    client_id    uuid        not null,
    title        text        not null check (char_length(title) between 1 and 150),
    every        text        not null check (every in ('week', 'month')),
    weekday      smallint    check (weekday between 1 and 7),
    day_of_month smallint    check (day_of_month between 1 and 28),
    visibility   text        not null check (visibility in ('internal', 'client')),
    next_on      date        not null,
    created_by   text        not null check (char_length(created_by) between 1 and 200),
    created_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, project_id, client_id) references portal.projects (tenant_id, id, client_id),
    check ((every = 'week') = (weekday is not null) and (every = 'month') = (day_of_month is not null))
);

create index checkpoints_project_idx on portal.checkpoints (tenant_id, project_id, next_on, id);
create index checkpoints_due_idx on portal.checkpoints (next_on, id);

alter table portal.checkpoints enable row level security;
alter table portal.checkpoints force row level security;

create policy checkpoints_agency on portal.checkpoints
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy checkpoints_owner_finds_due on portal.checkpoints for select
    to current_user
    using (true);

-- The recurring-checkpoints job's narrow path across tenants: the checkpoints due by a day, by id only.
create function portal.due_checkpoints(due_by date, batch_size integer)
    returns table (tenant_id uuid, checkpoint_id uuid)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$
        select c.tenant_id, c.id from portal.checkpoints c
        where c.next_on <= due_by
        order by c.next_on, c.id
        limit batch_size
    $$;

revoke all on function portal.due_checkpoints(date, integer) from public;

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.checkpoints', 'select, insert, update, delete',
     'operators plan and remove checkpoints; the job moves each to its next day'),
    ('function', 'portal.due_checkpoints(date, integer)', 'execute', 'the recurring-checkpoints job finds its checkpoints');
