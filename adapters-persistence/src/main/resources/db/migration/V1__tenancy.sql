-- Tenancy: the tenants table, the per-transaction tenant setting and the one cross-tenant lookup.
--
-- Every transaction of the application starts with
--   select set_config('portal.tenant_id', '<uuid>', true)
-- and row-level security compares each row's tenant with that setting. Without it a transaction
-- sees no tenant's rows at all.

create function portal.current_tenant() returns uuid
    language sql stable parallel safe
    as $$ select nullif(current_setting('portal.tenant_id', true), '')::uuid $$;

comment on function portal.current_tenant() is
    'The tenant the current transaction is bound to, or null when it is bound to none.';

create table portal.tenants (
    id         uuid        not null primary key,
    name       text        not null check (char_length(name) between 1 and 200),
    slug       text        not null check (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    created_at timestamptz not null,
    constraint tenants_slug_key unique (slug)
);

alter table portal.tenants enable row level security;
alter table portal.tenants force row level security;

create policy tenants_isolation on portal.tenants
    using (id = portal.current_tenant())
    with check (id = portal.current_tenant());

-- The slug lookup below runs as the owner of the schema, who is subject to row-level security
-- too (FORCE): this policy lets the owner, and only the owner, read across tenants.
create policy tenants_owner_reads_all on portal.tenants
    for select to current_user
    using (true);

-- The only lookup across tenants (login and public intake know a slug, not a tenant). It reveals
-- nothing but the id. SECURITY DEFINER, so the search path is pinned against hijacking.
create function portal.tenant_id_for_slug(wanted_slug text) returns uuid
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
    as $$ select id from portal.tenants where slug = wanted_slug $$;

revoke all on function portal.tenant_id_for_slug(text) from public;
