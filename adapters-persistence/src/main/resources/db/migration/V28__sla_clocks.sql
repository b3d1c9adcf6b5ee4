-- SLA: an agency's business hours (with its holidays) and its targets per priority, and the clock of
-- every client request (a task request or an ask), with the spans in which it stood still. A clock's
-- due times and state are read from these facts in the hours and targets of the moment it is read.

-- No row: the defaults (Monday to Friday, 09:00 to 17:00 UTC). The zone is a name of the time zone
-- database, checked by the application, which knows the same names.
create table portal.business_hours (
    tenant_id    uuid   not null primary key references portal.tenants (id),
    time_zone    text   not null check (char_length(time_zone) between 1 and 64),
    working_days text[] not null check (cardinality(working_days) between 1 and 7
        and working_days <@ array['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
    opens        time   not null,
    closes       time   not null check (closes >= opens + interval '1 hour')
);

-- Days of the agency's zone on which nobody works; replaced with the hours they belong to.
create table portal.business_holidays (
    tenant_id uuid not null references portal.business_hours (tenant_id) on delete cascade,
    day       date not null,
    primary key (tenant_id, day)
);

-- No rows: the defaults. Stored, a policy has all four priorities (the application writes them at once).
create table portal.sla_targets (
    tenant_id              uuid    not null references portal.tenants (id),
    priority               text    not null check (priority in ('low', 'normal', 'high', 'urgent')),
    first_response_minutes integer not null check (first_response_minutes between 1 and 43200),
    resolution_minutes     integer not null check (resolution_minutes between first_response_minutes and 43200),
    primary key (tenant_id, priority)
);

-- One clock per request, by the key it was filed under; task_key names the task carrying it (the
-- request itself, or the task made of an ask), so a task finds its clock by its own key.
create table portal.request_clocks (
    tenant_id          uuid        not null,
    request_key        text        not null check (request_key ~ '^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$'),
    client_id          uuid        not null,
    task_key           text,
    priority           text        not null check (priority in ('low', 'normal', 'high', 'urgent')),
    started_at         timestamptz not null,
    first_responded_at timestamptz,
    resolved_at        timestamptz,
    paused_since       timestamptz,
    primary key (tenant_id, request_key),
    constraint request_clocks_task_key unique (tenant_id, task_key),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    foreign key (tenant_id, task_key) references portal.tasks (tenant_id, key),
    -- a resolved clock stands still for good (until reopened), not paused as well
    check (resolved_at is null or paused_since is null)
);

-- The spans a clock stood still: waiting on the client, or resolved until reopened. Only ever added to;
-- none is empty, and they follow each other, so no two start at once.
create table portal.request_clock_stops (
    tenant_id   uuid        not null,
    request_key text        not null,
    started_at  timestamptz not null,
    ended_at    timestamptz not null check (ended_at > started_at),
    primary key (tenant_id, request_key, started_at),
    foreign key (tenant_id, request_key) references portal.request_clocks (tenant_id, request_key)
);

alter table portal.business_hours enable row level security;
alter table portal.business_hours force row level security;
alter table portal.business_holidays enable row level security;
alter table portal.business_holidays force row level security;
alter table portal.sla_targets enable row level security;
alter table portal.sla_targets force row level security;
alter table portal.request_clocks enable row level security;
alter table portal.request_clocks force row level security;
alter table portal.request_clock_stops enable row level security;
alter table portal.request_clock_stops force row level security;

create policy business_hours_agency on portal.business_hours
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy business_holidays_agency on portal.business_holidays
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy sla_targets_agency on portal.sla_targets
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy request_clocks_agency on portal.request_clocks
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy request_clock_stops_agency on portal.request_clock_stops
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A contact filing a request starts its clock, and only as it starts: at the moment the request was
-- filed, at its priority, with nothing answered, resolved or paused. A contact reads no clock. The
-- subqueries go through the tasks' and asks' portal policies: their own client's requests only.
create policy request_clocks_portal_task_request on portal.request_clocks for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and task_key = request_key
                and first_responded_at is null and resolved_at is null and paused_since is null
                and exists (select 1 from portal.tasks t
                            where t.tenant_id = request_clocks.tenant_id and t.key = request_clocks.request_key
                              and t.client_id = request_clocks.client_id and t.source = 'portal'
                              and t.status = 'requested' and t.created_at = request_clocks.started_at
                              and t.priority = request_clocks.priority));

create policy request_clocks_portal_ask on portal.request_clocks for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and task_key is null and priority = 'normal'
                and first_responded_at is null and resolved_at is null and paused_since is null
                and exists (select 1 from portal.asks a
                            where a.tenant_id = request_clocks.tenant_id and a.key = request_clocks.request_key
                              and a.client_id = request_clocks.client_id
                              and a.created_at = request_clocks.started_at));

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.business_hours', 'select, insert, update', 'an agency''s hours are set and replaced'),
    ('table', 'portal.business_holidays', 'select, insert, delete', 'holidays are replaced with their hours'),
    ('table', 'portal.sla_targets', 'select, insert, update', 'an agency''s targets are set and replaced'),
    ('table', 'portal.request_clocks', 'select, insert, update',
     'a request''s clock starts when it is filed and is locked (for update) and moved on, never deleted'),
    ('table', 'portal.request_clock_stops', 'select, insert', 'a clock''s stops are only ever added to');
