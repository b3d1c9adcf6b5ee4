-- The append-only audit trail and the answers given to Idempotency-Keys.

-- The runtime role may only read and insert here (see afterMigrate.sql): nobody rewrites history.
create table portal.audit_events (
    tenant_id   uuid        not null references portal.tenants (id),
    id          uuid        not null,
    actor       text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    before      jsonb,
    after       jsonb,
    request_id  text        not null,
    at          timestamptz not null,
    primary key (tenant_id, id)
);

create index audit_events_entity_idx on portal.audit_events (tenant_id, entity_type, entity_id, id);

-- A key is claimed (in_progress) before its request runs and completed with the response.
create table portal.idempotency_records (
    tenant_id       uuid        not null references portal.tenants (id),
    principal       text        not null,
    key             text        not null,
    fingerprint     text        not null,
    state           text        not null check (state in ('in_progress', 'completed')),
    response_status int,
    response_body   text,
    created_at      timestamptz not null,
    primary key (tenant_id, principal, key),
    check ((state = 'completed') = (response_status is not null))
);

alter table portal.audit_events enable row level security;
alter table portal.audit_events force row level security;
create policy audit_events_isolation on portal.audit_events
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());

alter table portal.idempotency_records enable row level security;
alter table portal.idempotency_records force row level security;
create policy idempotency_records_isolation on portal.idempotency_records
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());
