-- What the runtime role may do, table by table and function by function: exactly the statements the
-- repositories run, nothing granted "on all tables". This function only lists the privileges;
-- afterMigrate.sql applies the list to the configured runtime role (PORTAL_DB_APP_USER) at every
-- start, after revoking everything else that role holds here. So the role has exactly this list, and
-- a renamed runtime role gets the same privileges on its first start.
--
-- A migration that adds a table or function the service uses replaces this function with the whole
-- list plus the new lines; RuntimeRoleTest holds the same list and fails until both agree. An object
-- that is not listed gets nothing.
create function portal.runtime_privileges()
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
        -- a project's milestones are replaced as a whole: deleted and inserted again
        ('table', 'portal.milestones', 'select, insert, delete'),
        -- append-only: nobody rewrites history
        ('table', 'portal.audit_events', 'select, insert'),
        -- answers are recorded (an expired one overwritten in place); expiry goes through the function below
        ('table', 'portal.idempotency_records', 'select, insert, update'),
        -- every row-level security policy calls it
        ('function', 'portal.current_tenant()', 'execute'),
        ('function', 'portal.tenant_id_for_slug(text)', 'execute'),
        ('function', 'portal.expire_idempotency_records(timestamptz)', 'execute')
    $$;

comment on function portal.runtime_privileges() is
    'The runtime role''s privileges, applied to the configured role by afterMigrate.sql at every start.';

revoke all on function portal.runtime_privileges() from public;
