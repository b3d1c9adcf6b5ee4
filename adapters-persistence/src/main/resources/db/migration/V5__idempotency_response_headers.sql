-- A replayed idempotent response carries the headers of the first one (its ETag, say), not only
-- its status and body.
alter table portal.idempotency_records
    add column response_headers jsonb not null default '{}'::jsonb
        check (jsonb_typeof(response_headers) = 'object');
