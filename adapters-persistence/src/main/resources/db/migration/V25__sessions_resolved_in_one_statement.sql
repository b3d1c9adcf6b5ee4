-- Resolving a session cookie's holder in one statement of its own, outside any transaction, as V22
-- does for API keys: one round trip on every cookie-authenticated request, where a transaction took
-- four for a portal session (bind, contact, client, commit) and three for an operator's. Each
-- function binds the session's own scope for that statement only (local settings end with the
-- statement's transaction), then reads through row-level security as any transaction of that scope
-- would. Security invoker: they can read nothing the caller could not.

-- The operator an operator session holds, with the current role.
create function portal.operator_of_session(session_tenant uuid, session_operator uuid)
    returns setof portal.operators
    language plpgsql volatile
    set search_path = pg_catalog, pg_temp
    as $$
begin
    perform set_config('portal.tenant_id', session_tenant::text, true), set_config('portal.audience', 'agency', true),
            set_config('portal.client_id', '', true), set_config('portal.contact_id', '', true);
    return query
        select o.* from portal.operators o where o.tenant_id = session_tenant and o.id = session_operator;
end
$$;

-- The contact a portal session holds, with the current rights, while the portal is theirs to use: the
-- contact not removed, its client not offboarded. Read in the portal's audience for that contact.
create function portal.contact_of_portal_session(session_tenant uuid, session_client uuid, session_contact uuid)
    returns setof portal.contacts
    language plpgsql volatile
    set search_path = pg_catalog, pg_temp
    as $$
begin
    perform set_config('portal.tenant_id', session_tenant::text, true), set_config('portal.audience', 'portal', true),
            set_config('portal.client_id', session_client::text, true),
            set_config('portal.contact_id', session_contact::text, true);
    return query
        select c.*
        from portal.contacts c
        join portal.clients cl on cl.tenant_id = c.tenant_id and cl.id = c.client_id
        where c.tenant_id = session_tenant and c.id = session_contact and c.removed_at is null
          and cl.status <> 'offboarded';
end
$$;

revoke all on function portal.operator_of_session(uuid, uuid) from public;
revoke all on function portal.contact_of_portal_session(uuid, uuid, uuid) from public;

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('function', 'portal.operator_of_session(uuid, uuid)', 'execute',
     'every request with an operator session resolves its operator by it, in one statement'),
    ('function', 'portal.contact_of_portal_session(uuid, uuid, uuid)', 'execute',
     'every request with a portal session resolves its contact by it, in one statement');
