-- Tasks: each client's task key prefix, the per-client counters task numbers come from, and the
-- tasks themselves, keyed ACME-42 within the agency.

-- Every client gets a task key prefix, unique within its agency. Existing clients get the one their
-- name suggests, as TaskKeyPrefix.derivedFrom gives it (upper case, letters A-Z and digits from the
-- first letter on, at most 10, ß as SS; CLIENT when fewer than two remain), numbered ACME2, ACME3, …
-- in order of creation when taken. The backfill reads and writes rows of every agency: the owner
-- running the migration is exempt from row-level security only while it is not forced.
alter table portal.clients
    add column task_key_prefix text,
    add constraint clients_task_key_prefix_key unique (tenant_id, task_key_prefix);

alter table portal.clients no force row level security;

do $$
declare
    client record;
    derived text;
    candidate text;
    n int;
begin
    for client in select tenant_id, id, name from portal.clients order by tenant_id, created_at, id loop
        derived := left(regexp_replace(regexp_replace(upper(replace(client.name, 'ß', 'SS') collate "C"),
                '[^A-Z0-9]', '', 'g'), '^[0-9]+', ''), 10);
        if length(derived) < 2 then
            derived := 'CLIENT';
        end if;
        candidate := derived;
        n := 1;
        while exists (select 1 from portal.clients c
                      where c.tenant_id = client.tenant_id and c.task_key_prefix = candidate) loop
            n := n + 1;
            candidate := left(derived, 10 - length(n::text)) || n;
        end loop;
        update portal.clients set task_key_prefix = candidate where tenant_id = client.tenant_id and id = client.id;
    end loop;
end
$$;

alter table portal.clients force row level security;

alter table portal.clients
    alter column task_key_prefix set not null,
    add constraint clients_task_key_prefix_shape check (task_key_prefix ~ '^[A-Z][A-Z0-9]{1,9}$');

-- A task's client is its project's client: the foreign key below holds the pair, so a task can
-- never show in one client's portal while it belongs to another client's project.
alter table portal.projects add constraint projects_client_key unique (tenant_id, id, client_id);

create table portal.tasks (
    tenant_id      uuid        not null,
    id             uuid        not null,
    project_id     uuid        not null,
    client_id      uuid        not null,
    key            text        not null check (key ~ '^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$'),
    title          text        not null check (char_length(title) between 1 and 200),
    description    text        check (char_length(description) between 1 and 10000),
    priority       text        not null check (priority in ('low', 'normal', 'high', 'urgent')),
    due_date       date,
    assignee_id    uuid,
    visibility     text        not null check (visibility in ('internal', 'client')),
    source         text        not null check (source in ('operator', 'portal')),
    status         text        not null check (status in ('requested', 'open', 'in_progress', 'waiting_on_client',
                                                          'done', 'cancelled')),
    decline_reason text        check (decline_reason is null or status = 'cancelled'),
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (tenant_id, id),
    constraint tasks_key_key unique (tenant_id, key),
    constraint tasks_project_fkey foreign key (tenant_id, project_id, client_id)
        references portal.projects (tenant_id, id, client_id),
    constraint tasks_client_fkey foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    -- A removed operator's tasks stay, unassigned; the tenant column of the key is left alone.
    constraint tasks_assignee_fkey foreign key (tenant_id, assignee_id) references portal.operators (tenant_id, id)
        on delete set null (assignee_id)
);

-- The list orders (see V10__list_orders.sql): title folded like names, creation, last change, and
-- due date with tasks without one last in both directions.
create index tasks_title_order_idx on portal.tasks (tenant_id, lower(title collate "C"), id);
create index tasks_created_order_idx on portal.tasks (tenant_id, created_at, id);
create index tasks_updated_order_idx on portal.tasks (tenant_id, updated_at, id);
create index tasks_due_order_idx on portal.tasks (tenant_id, (coalesce(due_date, 'infinity'::date)), id);
create index tasks_due_desc_order_idx on portal.tasks (tenant_id, (coalesce(due_date, '-infinity'::date)), id);

-- The filters in the default order (newest first). The project's index also finds the statuses of a
-- plan's tasks, the client's whether it has any, the assignee's the tasks an operator's removal
-- unassigns.
create index tasks_project_idx on portal.tasks (tenant_id, project_id, created_at, id);
create index tasks_client_idx on portal.tasks (tenant_id, client_id, created_at, id);
create index tasks_status_idx on portal.tasks (tenant_id, status, created_at, id);
create index tasks_assignee_idx on portal.tasks (tenant_id, assignee_id, created_at, id);

-- The last number given to a task of each client. A new task's number comes from
-- insert … on conflict do update … returning, which locks the row until the transaction ends: tasks
-- created at once for one client take turns, and a rollback gives the number back.
create table portal.task_counters (
    tenant_id   uuid   not null,
    client_id   uuid   not null,
    last_number bigint not null check (last_number >= 1),
    primary key (tenant_id, client_id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id)
);

alter table portal.tasks enable row level security;
alter table portal.tasks force row level security;
alter table portal.task_counters enable row level security;
alter table portal.task_counters force row level security;

create policy tasks_agency on portal.tasks
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A client's contact reads their own client's client-visible tasks, never an internal one.
create policy tasks_portal on portal.tasks for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client');

create policy task_counters_agency on portal.task_counters
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- The runtime role's privileges, the whole list again: tasks are created, changed and never deleted;
-- a counter is inserted or bumped in place and read back (returning).
create or replace function portal.runtime_privileges()
    returns table (object_type text, object_name text, privileges text)
    language sql immutable
    as $$ values
        -- registration inserts; sign-in and every request read their own tenant
        ('table', 'portal.tenants', 'select, insert'),
        -- operators are added, changed (role, password), locked (for update) and removed
        ('table', 'portal.operators', 'select, insert, update, delete'),
        -- keys are issued, marked used and revoked, never deleted
        ('table', 'portal.api_keys', 'select, insert, update'),
        -- clients and projects are created, changed and locked (for update), never deleted
        ('table', 'portal.clients', 'select, insert, update'),
        ('table', 'portal.projects', 'select, insert, update'),
        -- a project's milestones are written by difference: inserted, updated, deleted
        ('table', 'portal.milestones', 'select, insert, update, delete'),
        -- tasks are created and changed, never deleted
        ('table', 'portal.tasks', 'select, insert, update'),
        -- a client's counter is inserted, or bumped in place, and read back
        ('table', 'portal.task_counters', 'select, insert, update'),
        -- contacts are added, changed and marked removed; links issued, used and revoked: never deleted
        ('table', 'portal.contacts', 'select, insert, update'),
        ('table', 'portal.portal_links', 'select, insert, update'),
        -- append-only: nobody rewrites history
        ('table', 'portal.audit_events', 'select, insert'),
        -- answers are recorded (an expired one overwritten in place); expiry goes through the function below
        ('table', 'portal.idempotency_records', 'select, insert, update'),
        -- every row-level security policy calls them
        ('function', 'portal.current_tenant()', 'execute'),
        ('function', 'portal.current_audience()', 'execute'),
        ('function', 'portal.current_client()', 'execute'),
        ('function', 'portal.current_contact()', 'execute'),
        ('function', 'portal.tenant_id_for_slug(text)', 'execute'),
        ('function', 'portal.expire_idempotency_records(timestamptz)', 'execute')
    $$;
