-- Runs after every migrate, i.e. at every start: the runtime role's grants, kept exactly as
-- narrow as the application needs. The role itself is created (if missing) before migrating.
--
-- Replicas starting together would race on the same catalog rows ("tuple concurrently updated"):
-- take turns, within this database, for the rest of this transaction.
select pg_advisory_xact_lock(hashtext('portal.runtime-grants'));

grant usage on schema portal to "${runtime_role}";

grant select, insert, update, delete on all tables in schema portal to "${runtime_role}";

-- Migration bookkeeping belongs to the migrating role alone.
revoke all on portal.flyway_schema_history from "${runtime_role}";

-- The audit trail is append-only for the application.
revoke update, delete, truncate on portal.audit_events from "${runtime_role}";

grant execute on function portal.tenant_id_for_slug(text) to "${runtime_role}";
grant execute on function portal.expire_idempotency_records(timestamptz) to "${runtime_role}";
