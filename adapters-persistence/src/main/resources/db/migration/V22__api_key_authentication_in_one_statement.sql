-- Authenticating an API key in one statement of its own, outside any transaction: one round trip on
-- every request that carries a key, where a transaction took four (bind, key, issuer, commit). The
-- function binds the key's tenant and the agency audience for that statement only (local settings
-- end with the statement's own transaction), then reads the key and its issuer's current role
-- through both tables' row-level security, as any transaction of the tenant would. It runs with the
-- caller's rights (security invoker): it can read nothing the caller could not.

create function portal.api_key_with_issuer_role(key_tenant uuid, key_digest text)
    returns table (tenant_id uuid, id uuid, name text, role text, secret_digest text, created_by text,
                   created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz,
                   expires_at timestamptz, issuer_role text)
    language plpgsql volatile
    set search_path = pg_catalog, pg_temp
    as $$
begin
    perform set_config('portal.tenant_id', key_tenant::text, true), set_config('portal.audience', 'agency', true),
            set_config('portal.client_id', '', true), set_config('portal.contact_id', '', true);
    return query
        select k.tenant_id, k.id, k.name, k.role, k.secret_digest, k.created_by, k.created_at, k.last_used_at,
               k.revoked_at, k.expires_at, o.role
        from portal.api_keys k
        join portal.operators o on o.tenant_id = k.tenant_id and 'operator:' || o.id = k.created_by
        where k.tenant_id = key_tenant and k.secret_digest = key_digest;
end
$$;

revoke all on function portal.api_key_with_issuer_role(uuid, text) from public;

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('function', 'portal.api_key_with_issuer_role(uuid, text)', 'execute',
     'every request with an API key is authenticated by it, in one statement');
