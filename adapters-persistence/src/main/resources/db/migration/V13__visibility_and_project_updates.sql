-- What a client may see of its projects: projects and milestones carry a visibility (internal until
-- shared), and updates are posted on projects, internal or client-visible.
--
-- The portal audience reads, of these tables, only rows of the client its transaction is bound to,
-- and only client-visible ones: a milestone or an update only when its project is shared too. The
-- policies' subqueries are themselves filtered by the projects table's policies, so "its project is
-- shared with this client" is checked by the database as well.

alter table portal.projects
    add column visibility text not null default 'internal' check (visibility in ('internal', 'client'));
alter table portal.milestones
    add column visibility text not null default 'internal' check (visibility in ('internal', 'client'));

-- An update names its project's client, so that the portal's policy and lists need no join to find
-- it; the foreign key below (on V12's projects_client_key) keeps the two from ever disagreeing.
create table portal.project_updates (
    tenant_id   uuid        not null,
    id          uuid        not null,
    project_id  uuid        not null,
    client_id   uuid        not null,
    body        text        not null check (char_length(body) between 1 and 10000),
    visibility  text        not null check (visibility in ('internal', 'client')),
    author      text        not null,
    author_name text        not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, project_id, client_id) references portal.projects (tenant_id, id, client_id)
);

-- The agency's list of one project's updates, and a client's list across its projects, newest first.
create index project_updates_project_idx on portal.project_updates (tenant_id, project_id, created_at desc, id desc);
create index project_updates_client_idx on portal.project_updates (tenant_id, client_id, created_at desc, id desc)
    where visibility = 'client';
create index projects_client_visible_idx on portal.projects (tenant_id, client_id) where visibility = 'client';

alter table portal.project_updates enable row level security;
alter table portal.project_updates force row level security;

create policy project_updates_agency on portal.project_updates
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy projects_portal on portal.projects for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client');

create policy milestones_portal on portal.milestones for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and visibility = 'client'
           and exists (select 1 from portal.projects p
                       where p.tenant_id = milestones.tenant_id and p.id = milestones.project_id));

create policy project_updates_portal on portal.project_updates for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client'
           and exists (select 1 from portal.projects p
                       where p.tenant_id = project_updates.tenant_id and p.id = project_updates.project_id));

-- A client-visible task is shown only while its project is shared too, as milestones and updates are.
drop policy tasks_portal on portal.tasks;
create policy tasks_portal on portal.tasks for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client'
           and exists (select 1 from portal.projects p
                       where p.tenant_id = tasks.tenant_id and p.id = tasks.project_id));

-- The runtime role's privileges, the whole list again: updates are posted and edited, never deleted.
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
