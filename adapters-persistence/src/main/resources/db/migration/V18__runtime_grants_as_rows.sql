-- The runtime role's privileges become rows of a table instead of the body of a function. Until now
-- every migration that added a table replaced portal.runtime_privileges() with the whole list again;
-- from here on it inserts (or updates) only its own lines, each with the reason it is needed.
-- afterMigrate.sql still applies portal.runtime_privileges() at every start, and RuntimeRoleTest still
-- holds the same list and fails until both agree. An object that is not listed gets nothing; this
-- table itself is not listed, so the runtime role cannot read or change what it may do.

create table portal.runtime_grants (
    object_type text not null check (object_type in ('table', 'function')),
    object_name text not null,
    privileges  text not null,
    reason      text not null,
    primary key (object_type, object_name)
);

-- Like every table here, under forced row-level security; only its owner (migrating, and applying the
-- list in afterMigrate.sql) reads it. It belongs to no tenant.
alter table portal.runtime_grants enable row level security;
alter table portal.runtime_grants force row level security;

create policy runtime_grants_owner_reads on portal.runtime_grants
    for select to current_user
    using (true);

-- The owner also writes the list: this migration and every later one insert (or update) their rows. Forced
-- row-level security binds the owner too, so without this only a superuser could migrate.
create policy runtime_grants_owner_writes on portal.runtime_grants
    for all to current_user
    using (true)
    with check (true);

comment on table portal.runtime_grants is
    'The runtime role''s privileges, one row an object, applied by afterMigrate.sql at every start.';

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.tenants', 'select, insert', 'registration inserts; sign-in and every request read their own tenant'),
    ('table', 'portal.operators', 'select, insert, update, delete', 'operators are added, changed (role, password), locked (for update) and removed'),
    ('table', 'portal.api_keys', 'select, insert, update', 'keys are issued, marked used and revoked, never deleted'),
    ('table', 'portal.clients', 'select, insert, update', 'clients are created, changed and locked (for update), never deleted'),
    ('table', 'portal.projects', 'select, insert, update', 'projects are created, changed and locked (for update), never deleted'),
    ('table', 'portal.milestones', 'select, insert, update, delete', 'a project''s milestones are written by difference: inserted, updated, deleted'),
    ('table', 'portal.tasks', 'select, insert, update', 'tasks are created and changed, never deleted'),
    ('table', 'portal.task_counters', 'select, insert, update', 'a client''s counter is inserted, or bumped in place, and read back'),
    ('table', 'portal.contacts', 'select, insert, update', 'contacts are added, changed and marked removed, never deleted'),
    ('table', 'portal.portal_links', 'select, insert, update', 'links are issued, used and revoked, never deleted'),
    ('table', 'portal.project_updates', 'select, insert, update', 'updates are posted, edited and shared, never deleted'),
    ('table', 'portal.task_comments', 'select, insert, update', 'comments are posted, edited and shared, never deleted'),
    ('table', 'portal.task_status_changes', 'select, insert', 'a task''s moves are recorded and read, never changed'),
    ('table', 'portal.attachments', 'select, insert', 'attachments are recorded once and never changed or deleted'),
    ('table', 'portal.audit_events', 'select, insert', 'append-only: nobody rewrites history'),
    ('table', 'portal.idempotency_records', 'select, insert, update', 'answers are recorded (an expired one overwritten in place); expiry goes through a function'),
    ('function', 'portal.current_tenant()', 'execute', 'every row-level security policy calls it'),
    ('function', 'portal.current_audience()', 'execute', 'every row-level security policy calls it'),
    ('function', 'portal.current_client()', 'execute', 'the portal audience''s policies call it'),
    ('function', 'portal.current_contact()', 'execute', 'the portal audience''s policies call it'),
    ('function', 'portal.tenant_id_for_slug(text)', 'execute', 'sign-in finds a tenant by its slug before any tenant is bound'),
    ('function', 'portal.expire_idempotency_records(timestamptz)', 'execute', 'expiry of recorded answers across tenants'),
    ('function', 'portal.file_link_key()', 'execute', 'download links are signed with the key every replica shares'),
    ('function', 'portal.tenant_ids()', 'execute', 'the cleanup of orphaned blobs walks every tenant');

create or replace function portal.runtime_privileges()
    returns table (object_type text, object_name text, privileges text)
    language sql stable
    as $$ select object_type, object_name, privileges from portal.runtime_grants order by object_type, object_name $$;
