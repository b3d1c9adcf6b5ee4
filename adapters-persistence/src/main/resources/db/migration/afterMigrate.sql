-- Runs after every migrate, i.e. at every start: gives the configured runtime role exactly the
-- privileges listed by portal.runtime_privileges() (see V8__runtime_role_privileges.sql) and nothing
-- else in this schema. Nothing here names a table: new privileges go into that list, in a migration.
-- The role itself is created (if missing) before migrating.
--
-- One transaction: a replica serving meanwhile sees the old privileges or the new ones, never none.
-- Replicas starting together would race on the same catalog rows ("tuple concurrently updated"):
-- take turns, within this database, for the rest of this transaction.
select pg_advisory_xact_lock(hashtext('portal.runtime-grants'));

do $$
declare
    grantee constant text := '${runtime_role}';
    privilege record;
begin
    -- Whatever the role held before (granted by hand, or by an older version that granted more),
    -- including the migration bookkeeping: it keeps only what is listed.
    execute format('revoke all on all tables in schema portal from %I', grantee);
    execute format('revoke all on all sequences in schema portal from %I', grantee);
    execute format('revoke all on all routines in schema portal from %I', grantee);
    execute format('revoke all on schema portal from %I', grantee);
    -- The scheduler's own schema (V36), kept out of the tenants' one: the same, when it exists.
    if exists (select 1 from pg_namespace where nspname = 'jobs') then
        execute format('revoke all on all tables in schema jobs from %I', grantee);
        execute format('revoke all on schema jobs from %I', grantee);
    end if;

    execute format('grant usage on schema portal to %I', grantee);
    for privilege in select * from portal.runtime_privileges() loop
        execute format('grant %s on %s %s to %I',
                privilege.privileges, privilege.object_type, privilege.object_name, grantee);
    end loop;
end
$$;
