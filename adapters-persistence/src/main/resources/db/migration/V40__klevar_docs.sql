-- Klevar Docs: each agency's settings, the portal's copy of its documents and invoices (told by
-- signed webhooks and by pulls), and the webhook events already taken, so that a replay changes nothing.
create table portal.docs_integrations (
    tenant_id      uuid        primary key references portal.tenants (id),
    webhook_secret text        not null check (char_length(webhook_secret) between 24 and 200),
    api_key        text        check (char_length(api_key) between 24 and 200),
    enabled        boolean     not null,
    updated_at     timestamptz not null,
    updated_by     text        not null check (char_length(updated_by) between 1 and 200),
    version        bigint      not null check (version >= 1)
);

create table portal.docs_records (
    tenant_id        uuid          not null references portal.tenants (id),
    id               uuid          not null,
    kind             text          not null check (kind in ('document', 'invoice')),
    external_id      text          not null check (char_length(external_id) between 1 and 100),
    client_reference text          not null check (char_length(client_reference) between 1 and 100),
    client_id        uuid,
    title            text          not null check (char_length(title) between 1 and 200),
    number           text          check (char_length(number) between 1 and 60),
    status           text          not null,
    currency         char(3),
    total            numeric(17, 4) check (total >= 0),
    amount_due       numeric(17, 4) check (amount_due >= 0 and amount_due <= total),
    due_date         date,
    url              text          check (char_length(url) <= 2000),
    client_visible   boolean       not null,
    as_of            timestamptz   not null,
    synced_at        timestamptz   not null,
    primary key (tenant_id, id),
    unique (tenant_id, kind, external_id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    check ((currency is null) = (total is null) and (total is null) = (amount_due is null)),
    check (kind = 'document' and status in ('open', 'signed', 'voided')
           or kind = 'invoice' and status in ('issued', 'paid', 'overdue', 'voided'))
);

-- The agency's lists (every client, or one) and the portal's, most recently told of first.
create index docs_records_list_idx on portal.docs_records (tenant_id, kind, synced_at, id);
create index docs_records_client_idx on portal.docs_records (tenant_id, client_id, kind, synced_at, id);
-- The queue's overdue invoices, oldest first, and the unpaid ones coming due in GET /api/v1/due.
create index docs_records_overdue_idx on portal.docs_records (tenant_id, as_of, id)
    where kind = 'invoice' and status = 'overdue' and client_id is not null;
create index docs_records_unpaid_due_idx on portal.docs_records (tenant_id, due_date, id)
    where kind = 'invoice' and status in ('issued', 'overdue') and client_id is not null and due_date is not null;

create table portal.docs_webhook_events (
    tenant_id   uuid        not null references portal.tenants (id),
    event_id    text        not null check (char_length(event_id) between 1 and 100),
    type        text        not null check (char_length(type) between 1 and 60),
    received_at timestamptz not null,
    primary key (tenant_id, event_id)
);

alter table portal.docs_integrations enable row level security;
alter table portal.docs_integrations force row level security;
alter table portal.docs_records enable row level security;
alter table portal.docs_records force row level security;
alter table portal.docs_webhook_events enable row level security;
alter table portal.docs_webhook_events force row level security;

create policy docs_integrations_agency on portal.docs_integrations
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

create policy docs_records_agency on portal.docs_records
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A client's contacts read their client's client-visible documents and invoices only.
create policy docs_records_portal on portal.docs_records for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and client_visible);

create policy docs_webhook_events_agency on portal.docs_webhook_events
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.docs_integrations', 'select, insert, update',
     'owners and admins set the agency''s Klevar Docs settings; webhooks are checked against them'),
    ('table', 'portal.docs_records', 'select, insert, update',
     'webhooks and pulls keep the copy; operators and contacts read it'),
    ('table', 'portal.docs_webhook_events', 'select, insert', 'each webhook event is taken once');
