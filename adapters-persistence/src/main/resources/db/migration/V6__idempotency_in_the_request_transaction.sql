-- An Idempotency-Key's record is now written in the same transaction as the request's effect, so it
-- only ever holds finished answers: no "in progress" claims that could outlive a dead request.
-- Concurrent requests with one key are kept apart by a transaction-level advisory lock instead.

delete from portal.idempotency_records where state <> 'completed';

alter table portal.idempotency_records drop constraint if exists idempotency_records_check;
alter table portal.idempotency_records drop column state;
alter table portal.idempotency_records alter column response_status set not null;
alter table portal.idempotency_records alter column response_body set not null;

create index idempotency_records_created_at_idx on portal.idempotency_records (created_at);

-- The cleanup runs across tenants: as the owner, who reads and deletes here through this policy only.
create policy idempotency_records_owner_expires on portal.idempotency_records
    to current_user
    using (true);

-- Forgets answers recorded before the given time; returns how many. SECURITY DEFINER, so the runtime
-- role can expire every tenant's old records without seeing any of them.
create function portal.expire_idempotency_records(recorded_before timestamptz) returns bigint
    language sql volatile security definer
    set search_path = pg_catalog, pg_temp
    as $$
        with expired as (
            delete from portal.idempotency_records where created_at < recorded_before returning 1
        )
        select count(*) from expired
    $$;

revoke all on function portal.expire_idempotency_records(timestamptz) from public;
