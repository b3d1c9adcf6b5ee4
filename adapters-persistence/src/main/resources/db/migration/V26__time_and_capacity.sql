-- Time and capacity: operators' time entries on clients' work, the clients' capacity budgets, and the
-- crossings of their periods (80 %, 100 %), each a unique fact.

-- A time entry names its client; its project and task, when it has them, are that client's (the
-- foreign keys on V12's projects_client_key and V14's tasks_client_key hold it). The operator is a
-- reference, not a foreign key: an operator removed from the agency leaves their hours behind.
create table portal.time_entries (
    tenant_id   uuid        not null,
    id          uuid        not null,
    client_id   uuid        not null,
    project_id  uuid,
    task_id     uuid,
    task_key    text,
    operator_id uuid        not null,
    minutes     integer     not null check (minutes between 1 and 1440),
    date        date        not null,
    note        text        check (char_length(note) between 1 and 2000),
    billable    boolean     not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    foreign key (tenant_id, project_id, client_id) references portal.projects (tenant_id, id, client_id),
    foreign key (tenant_id, task_id, client_id) references portal.tasks (tenant_id, id, client_id),
    check ((task_id is null) = (task_key is null)),
    check (task_id is null or project_id is not null)
);

-- The list's orders: by the day worked, for one client (the usual filter) or for the whole agency.
create index time_entries_client_date_idx on portal.time_entries (tenant_id, client_id, date, id);
create index time_entries_date_idx on portal.time_entries (tenant_id, date, id);
create index time_entries_operator_date_idx on portal.time_entries (tenant_id, operator_id, date, id);

-- A client's minutes per day, kept by the trigger below: what budgets count, read in a month's
-- worth of rows rather than every entry, and the only part of time the portal may read.
create table portal.client_time_by_day (
    tenant_id        uuid    not null,
    client_id        uuid    not null,
    day              date    not null,
    minutes          bigint  not null check (minutes >= 0),
    billable_minutes bigint  not null check (billable_minutes between 0 and minutes),
    primary key (tenant_id, client_id, day),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id)
);

-- Keeps the day totals as entries are written: a row's minutes are taken off its old day and added to
-- its new one, the earlier day first whichever way it moved, so that two moves at once lock the two
-- days in the same order. Minutes taken off are an update: an upsert would check its proposed row,
-- negative minutes, against the table's constraints before finding the day's row.
create function portal.count_time_by_day() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    change record;
begin
    for change in
        select (d.e).tenant_id as tenant_id, (d.e).client_id as client_id, (d.e).date as day,
               d.sign * (d.e).minutes as minutes,
               case when (d.e).billable then d.sign * (d.e).minutes else 0 end as billable_minutes
        from (select old as e, -1 as sign where tg_op <> 'INSERT'
              union all
              select new, 1 where tg_op <> 'DELETE') d
        order by 3, 4
    loop
        if change.minutes < 0 then
            update portal.client_time_by_day
            set minutes = minutes + change.minutes, billable_minutes = billable_minutes + change.billable_minutes
            where tenant_id = change.tenant_id and client_id = change.client_id and day = change.day;
        else
            insert into portal.client_time_by_day (tenant_id, client_id, day, minutes, billable_minutes)
            values (change.tenant_id, change.client_id, change.day, change.minutes, change.billable_minutes)
            on conflict (tenant_id, client_id, day) do update
                set minutes = client_time_by_day.minutes + excluded.minutes,
                    billable_minutes = client_time_by_day.billable_minutes + excluded.billable_minutes;
        end if;
    end loop;
    return null;
end
$$;

-- Fired by the table's writes, never called: the runtime role needs no privilege on it.
revoke all on function portal.count_time_by_day() from public;

create trigger time_entries_count_by_day after insert or delete on portal.time_entries
    for each row execute function portal.count_time_by_day();
create trigger time_entries_count_by_day_changed after update on portal.time_entries
    for each row when ((old.minutes, old.date, old.billable) is distinct from (new.minutes, new.date, new.billable))
    execute function portal.count_time_by_day();

create table portal.capacity_budgets (
    tenant_id      uuid          not null,
    id             uuid          not null,
    client_id      uuid          not null,
    hours          numeric(7, 2) not null check (hours > 0 and hours <= 10000),
    period         text          not null check (period in ('month', 'week', 'custom')),
    starts_on      date          not null,
    ends_on        date          check (ends_on >= starts_on),
    client_visible boolean       not null,
    version        bigint        not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    check (period <> 'custom' or ends_on is not null)
);

create index capacity_budgets_client_idx on portal.capacity_budgets (tenant_id, client_id, created_at, id);

-- The fact that a budget's period reached a level: its primary key is what makes it once a period,
-- whatever writes arrive at once or are edited down and up again.
create table portal.capacity_crossings (
    tenant_id    uuid        not null,
    budget_id    uuid        not null,
    period_start date        not null,
    level        text        not null check (level in ('warning', 'exceeded')),
    raised_at    timestamptz not null,
    primary key (tenant_id, budget_id, period_start, level),
    foreign key (tenant_id, budget_id) references portal.capacity_budgets (tenant_id, id) on delete cascade
);

alter table portal.time_entries enable row level security;
alter table portal.time_entries force row level security;
alter table portal.client_time_by_day enable row level security;
alter table portal.client_time_by_day force row level security;
alter table portal.capacity_budgets enable row level security;
alter table portal.capacity_budgets force row level security;
alter table portal.capacity_crossings enable row level security;
alter table portal.capacity_crossings force row level security;

-- Time entries and crossings are the agency's alone: no portal policy, so a contact reads none.
create policy time_entries_agency on portal.time_entries
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy capacity_crossings_agency on portal.capacity_crossings
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy client_time_by_day_agency on portal.client_time_by_day
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A contact reads their own client's day totals (no entry, no note, no operator) ...
create policy client_time_by_day_portal on portal.client_time_by_day for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client());

create policy capacity_budgets_agency on portal.capacity_budgets
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- ... and the budgets the agency made visible to them.
create policy capacity_budgets_portal on portal.capacity_budgets for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and client_visible);

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.time_entries', 'select, insert, update, delete',
     'operators log, correct and delete their time'),
    ('table', 'portal.client_time_by_day', 'select, insert, update',
     'the day totals are kept by a trigger on time entries (as the writer) and read by budgets'),
    ('table', 'portal.capacity_budgets', 'select, insert, update, delete',
     'budgets are set, changed, locked (for update) and deleted'),
    ('table', 'portal.capacity_crossings', 'select, insert',
     'crossings are raised once and read, never changed; a budget deleted takes its own along (as the owner)');
