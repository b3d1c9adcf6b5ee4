-- Files attached to tasks and project updates. The content lives in the file store (a directory or
-- an S3 bucket); a row here says what it is and where it belongs. An attachment inherits its
-- parent's visibility: the portal audience sees it exactly when it sees the parent, checked by a
-- subquery that the parent table's own portal policy filters in turn.
--
-- A new kind of parent (comments, asks) is one more value in parent_kind and one more branch in the
-- portal policies below.

create table portal.attachments (
    tenant_id        uuid        not null,
    id               uuid        not null,
    client_id        uuid        not null,
    parent_kind      text        not null check (parent_kind in ('task', 'update')),
    parent_id        uuid        not null,
    name             text        not null check (char_length(name) between 1 and 255),
    size             bigint      not null check (size >= 0),
    content_type     text        not null check (char_length(content_type) between 3 and 100),
    sha256           text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    blob_key         text        not null check (blob_key ~ '^[a-z0-9][a-z0-9_-]{0,127}$'),
    uploaded_by      text        not null,
    uploaded_by_name text        not null,
    created_at       timestamptz not null,
    primary key (tenant_id, id),
    constraint attachments_blob_key_key unique (tenant_id, blob_key),
    constraint attachments_client_fkey foreign key (tenant_id, client_id) references portal.clients (tenant_id, id)
);

-- A parent's attachments in the order they came; the count against the per-parent limit.
create index attachments_parent_idx on portal.attachments (tenant_id, parent_kind, parent_id, created_at, id);

alter table portal.attachments enable row level security;
alter table portal.attachments force row level security;

create policy attachments_agency on portal.attachments
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- Seen by a contact exactly when its parent is: the subqueries go through the tasks' and updates'
-- portal policies (the client's own, client-visible, on a shared project).
create policy attachments_portal on portal.attachments for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client()
           and case parent_kind
                   when 'task' then exists (select 1 from portal.tasks t
                                            where t.tenant_id = attachments.tenant_id and t.id = attachments.parent_id)
                   when 'update' then exists (select 1 from portal.project_updates u
                                              where u.tenant_id = attachments.tenant_id
                                                and u.id = attachments.parent_id)
                   else false
               end);

-- Contacts upload to tasks they see; the row names their own client.
create policy attachments_portal_upload on portal.attachments for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and parent_kind = 'task'
                and exists (select 1 from portal.tasks t
                            where t.tenant_id = attachments.tenant_id and t.id = attachments.parent_id
                              and t.client_id = attachments.client_id));

-- The cleanup of orphaned blobs goes tenant by tenant, so it must know them all: it learns the ids
-- and nothing else, through the owner's policy on tenants (V1).
create function portal.tenant_ids() returns setof uuid
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$ select id from portal.tenants order by id $$;

revoke all on function portal.tenant_ids() from public;

-- The key that signs download links when PORTAL_FILES_SIGNING_KEY is not set: made once, here, from
-- the server's strong random source (each v4 UUID carries 122 random bits), so every replica on this
-- database signs and checks with the same key. Only the function below reads it.
create table portal.file_link_keys (
    id  boolean primary key default true check (id),
    key bytea   not null check (octet_length(key) = 32)
);

insert into portal.file_link_keys (key)
    values (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

alter table portal.file_link_keys enable row level security;
alter table portal.file_link_keys force row level security;

create policy file_link_keys_owner_reads on portal.file_link_keys
    for select to current_user
    using (true);

create function portal.file_link_key() returns bytea
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$ select key from portal.file_link_keys $$;

revoke all on function portal.file_link_key() from public;

-- The runtime role's privileges, the whole list again: attachments are recorded and read, never
-- changed; the two functions above are its only way to the tenant ids and the link key.
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
