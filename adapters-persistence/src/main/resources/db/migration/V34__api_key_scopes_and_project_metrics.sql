-- API keys get scopes: what a key is for, narrowing what its role allows. Keys issued before are
-- for everything, as they were.
alter table portal.api_keys add column scopes text[] not null default '{full}'
    check (cardinality(scopes) between 1 and 3 and scopes <@ array['full', 'read', 'metrics:write']);

-- The authentication function returns the scopes too (a new result type: dropped and created again;
-- its grant is a row of portal.runtime_grants, applied after every migration).
drop function portal.api_key_with_issuer_role(uuid, text);

create function portal.api_key_with_issuer_role(key_tenant uuid, key_digest text)
    returns table (tenant_id uuid, id uuid, name text, role text, secret_digest text, created_by text,
                   created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz,
                   expires_at timestamptz, scopes text[], issuer_role text)
    language plpgsql volatile
    set search_path = pg_catalog, pg_temp
    as $$
begin
    perform set_config('portal.tenant_id', key_tenant::text, true), set_config('portal.audience', 'agency', true),
            set_config('portal.client_id', '', true), set_config('portal.contact_id', '', true);
    return query
        select k.tenant_id, k.id, k.name, k.role, k.secret_digest, k.created_by, k.created_at, k.last_used_at,
               k.revoked_at, k.expires_at, k.scopes, o.role
        from portal.api_keys k
        join portal.operators o on o.tenant_id = k.tenant_id and 'operator:' || o.id = k.created_by
        where k.tenant_id = key_tenant and k.secret_digest = key_digest;
end
$$;

revoke all on function portal.api_key_with_issuer_role(uuid, text) from public;

-- Project metrics sent by integrators: points of a named series, each at a moment, in a unit.
-- A point sent with an id is kept once: a batch sent again adds nothing.
create table portal.project_metrics (
    tenant_id   uuid           not null,
    project_id  uuid           not null,
    name        text           not null check (name ~ '^[a-z][a-z0-9_.-]{0,99}$'),
    value       numeric(30, 10) not null,
    unit        text           not null check (char_length(unit) between 1 and 20),
    at          timestamptz    not null,
    point_id    text           check (char_length(point_id) between 1 and 100),
    received_at timestamptz    not null,
    foreign key (tenant_id, project_id) references portal.projects (tenant_id, id)
);

create unique index project_metrics_point_key on portal.project_metrics (tenant_id, project_id, point_id)
    where point_id is not null;
create index project_metrics_series_idx on portal.project_metrics (tenant_id, project_id, name, at);

alter table portal.project_metrics enable row level security;
alter table portal.project_metrics force row level security;

create policy project_metrics_agency on portal.project_metrics
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.project_metrics', 'select, insert',
     'integrators send points, operators read them aggregated; points are kept, never changed');
