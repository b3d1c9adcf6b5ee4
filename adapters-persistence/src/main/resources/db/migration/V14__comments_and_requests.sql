-- Comments on tasks: the agency's (internal unless made client-visible) and the client's contacts'
-- (always client-visible), in one conversation per task.

-- A comment names its task's client, so that the portal's policy needs no join to find it; the
-- foreign key below keeps the two from ever disagreeing, as project_updates does for projects.
alter table portal.tasks add constraint tasks_client_key unique (tenant_id, id, client_id);

create table portal.task_comments (
    tenant_id   uuid        not null,
    id          uuid        not null,
    task_id     uuid        not null,
    client_id   uuid        not null,
    body        text        not null check (char_length(body) between 1 and 10000),
    visibility  text        not null check (visibility in ('internal', 'client')),
    author      text        not null,
    author_name text        not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, task_id, client_id) references portal.tasks (tenant_id, id, client_id)
);

-- A task's conversation, oldest first.
create index task_comments_task_idx on portal.task_comments (tenant_id, task_id, created_at, id);

alter table portal.task_comments enable row level security;
alter table portal.task_comments force row level security;

create policy task_comments_agency on portal.task_comments
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A contact reads the client-visible comments of the tasks they may see: the subquery is filtered by
-- the tasks' own portal policy (client-visible, their client's, on a shared project).
create policy task_comments_portal on portal.task_comments for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client'
           and exists (select 1 from portal.tasks t
                       where t.tenant_id = task_comments.tenant_id and t.id = task_comments.task_id));

-- A contact comments, as themselves and client-visibly, only on a task they may see.
create policy task_comments_portal_insert on portal.task_comments for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and visibility = 'client'
                and author = 'contact:' || portal.current_contact()
                and exists (select 1 from portal.tasks t
                            where t.tenant_id = task_comments.tenant_id and t.id = task_comments.task_id));

-- The runtime role's privileges, the whole list again: comments are posted, edited and shared, never deleted.
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
