-- A client's contacts, their portal links, and the portal audience.
--
-- Every transaction now also says whom it serves:
--   set_config('portal.audience', 'agency' | 'portal', true)
-- and a portal transaction names its client and contact as well:
--   set_config('portal.client_id', '<uuid>', true), set_config('portal.contact_id', '<uuid>', true)
-- Each table's policies admit rows per audience. The agency's policies need audience 'agency'; the
-- portal's admit only the bound client's own rows, and only on the tables a client may see at all.
-- A transaction that names no audience sees nothing, as one that names no tenant.

create function portal.current_audience() returns text
    language sql stable parallel safe
    as $$ select nullif(current_setting('portal.audience', true), '') $$;

comment on function portal.current_audience() is
    'Whom the current transaction serves: agency (operators, API keys, jobs, public forms) or portal (a client''s contact); null when unset.';

create function portal.current_client() returns uuid
    language sql stable parallel safe
    as $$ select nullif(current_setting('portal.client_id', true), '')::uuid $$;

comment on function portal.current_client() is
    'The client a portal transaction is bound to, or null outside the portal.';

create function portal.current_contact() returns uuid
    language sql stable parallel safe
    as $$ select nullif(current_setting('portal.contact_id', true), '')::uuid $$;

comment on function portal.current_contact() is
    'The contact a portal transaction acts for, or null outside the portal.';

create table portal.contacts (
    tenant_id  uuid        not null,
    id         uuid        not null,
    client_id  uuid        not null,
    name       text        not null check (char_length(name) between 1 and 200),
    email      text        not null check (email = lower(email)),
    rights     text[]      not null check ('view' = any (rights)
                                      and rights <@ array['view', 'request', 'upload', 'approve']),
    version    bigint      not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    -- A removed contact stays (what they wrote remains theirs) but is out of every answer.
    removed_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id)
);

create unique index contacts_email_key on portal.contacts (tenant_id, client_id, email) where removed_at is null;
-- A client has few contacts: its list is read by this prefix and sorted.
create index contacts_client_idx on portal.contacts (tenant_id, client_id) where removed_at is null;

create table portal.portal_links (
    tenant_id     uuid        not null,
    id            uuid        not null,
    contact_id    uuid        not null,
    secret_digest text        not null,
    issued_by     text        not null,
    issued_at     timestamptz not null,
    expires_at    timestamptz not null check (expires_at > issued_at),
    used_at       timestamptz,
    revoked_at    timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, contact_id) references portal.contacts (tenant_id, id)
);

create unique index portal_links_digest_key on portal.portal_links (tenant_id, secret_digest);
create index portal_links_open_idx on portal.portal_links (tenant_id, contact_id)
    where used_at is null and revoked_at is null;

alter table portal.contacts enable row level security;
alter table portal.contacts force row level security;
alter table portal.portal_links enable row level security;
alter table portal.portal_links force row level security;

-- The agency's side: every table of the tenant, as before, now for the agency audience only.
drop policy tenants_isolation on portal.tenants;
create policy tenants_agency on portal.tenants
    using (id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy operators_isolation on portal.operators;
create policy operators_agency on portal.operators
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy api_keys_isolation on portal.api_keys;
create policy api_keys_agency on portal.api_keys
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy clients_isolation on portal.clients;
create policy clients_agency on portal.clients
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy projects_isolation on portal.projects;
create policy projects_agency on portal.projects
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy milestones_isolation on portal.milestones;
create policy milestones_agency on portal.milestones
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy audit_events_isolation on portal.audit_events;
create policy audit_events_agency on portal.audit_events
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

drop policy idempotency_records_isolation on portal.idempotency_records;
create policy idempotency_records_agency on portal.idempotency_records
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy contacts_agency on portal.contacts
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy portal_links_agency on portal.portal_links
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- The portal's side: read-only, and only what concerns the bound client. Projects, milestones,
-- operators, keys, links and the trail's past stay out of reach: nothing of them is client-visible yet.
create policy tenants_portal on portal.tenants for select
    using (id = portal.current_tenant() and portal.current_audience() = 'portal');

create policy clients_portal on portal.clients for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and id = portal.current_client());

-- A contact sees themselves, not their colleagues' addresses.
create policy contacts_portal on portal.contacts for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and id = portal.current_contact());

-- What a contact does is audited, but the trail is the agency's to read.
create policy audit_events_portal on portal.audit_events for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal');

-- A contact's Idempotency-Keys are theirs alone.
create policy idempotency_records_portal on portal.idempotency_records
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and principal = 'contact:' || portal.current_contact())
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and principal = 'contact:' || portal.current_contact());

-- The runtime role's privileges, the whole list again: contacts and links are added, changed and
-- marked removed or used, never deleted; the policies call the three new functions.
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
