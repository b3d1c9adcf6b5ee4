-- The client's feed: what happened on its projects that it may see. Updates, comments and
-- milestones carry their own time; a task's moves are kept here, one row a move.

create table portal.task_status_changes (
    tenant_id   uuid        not null,
    id          uuid        not null,
    task_id     uuid        not null,
    client_id   uuid        not null,
    from_status text        not null,
    to_status   text        not null,
    at          timestamptz not null,
    primary key (tenant_id, id),
    -- a move names its task's client, as comments do, so the portal's policy needs no join to find it
    foreign key (tenant_id, task_id, client_id) references portal.tasks (tenant_id, id, client_id)
);

create index task_status_changes_client_idx on portal.task_status_changes (tenant_id, client_id, at desc, id desc);

alter table portal.task_status_changes enable row level security;
alter table portal.task_status_changes force row level security;

create policy task_status_changes_agency on portal.task_status_changes
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A move is shown exactly when its task is: the subquery is filtered by the tasks table's own
-- portal policy (a client-visible task of the bound client on a shared project).
create policy task_status_changes_portal on portal.task_status_changes for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client()
           and exists (select 1 from portal.tasks t
                       where t.tenant_id = task_status_changes.tenant_id and t.id = task_status_changes.task_id));

-- The runtime role's privileges, the whole list again: moves are recorded and read, never changed.
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
        -- updates are posted, edited and shared, never deleted
        ('table', 'portal.project_updates', 'select, insert, update'),
        -- comments are posted, edited and shared, never deleted
        ('table', 'portal.task_comments', 'select, insert, update'),
        -- a task's moves are recorded and read, never changed
        ('table', 'portal.task_status_changes', 'select, insert'),
        -- attachments are recorded once and never changed or deleted
        ('table', 'portal.attachments', 'select, insert'),
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
        ('function', 'portal.expire_idempotency_records(timestamptz)', 'execute'),
        ('function', 'portal.file_link_key()', 'execute'),
        ('function', 'portal.tenant_ids()', 'execute')
    $$;
