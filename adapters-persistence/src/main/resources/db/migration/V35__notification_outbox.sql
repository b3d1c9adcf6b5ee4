-- The transactional outbox of events for the Notification Hub: each written in the transaction of
-- the change it tells of (by the agency, or by a contact filing a request), pending until the hub
-- has it. The relay reads across tenants only through the three functions below, as the owner:
-- the runtime role sees an agency's events through row-level security like any other rows.
create table portal.notifications (
    tenant_id       uuid        not null references portal.tenants (id),
    id              uuid        not null,
    type            text        not null check (char_length(type) between 1 and 60),
    client_id       uuid,
    payload         jsonb       not null,
    created_at      timestamptz not null,
    state           text        not null check (state in ('pending', 'delivered')),
    attempts        integer     not null check (attempts >= 0),
    last_error      text        check (char_length(last_error) <= 1000),
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    delivered_at    timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    check ((delivered_at is not null) = (state = 'delivered'))
);

-- The relay's queue across tenants, and the agency's list (newest first, by state).
create index notifications_due_idx on portal.notifications (next_attempt_at, id) where state = 'pending';
create index notifications_created_idx on portal.notifications (tenant_id, created_at, id);

alter table portal.notifications enable row level security;
alter table portal.notifications force row level security;

create policy notifications_agency on portal.notifications
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A contact filing a request writes its event, for their own client only; they read none.
create policy notifications_portal_insert on portal.notifications for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and state = 'pending');

create policy notifications_owner_relays on portal.notifications
    to current_user
    using (true)
    with check (true);

-- Claims up to batch_size pending events due at the moment, not claimed by a relay whose claim still
-- holds, for lease; a concurrent relay skips the rows this one locks, and then its claims.
create function portal.claim_notifications(batch_size integer, at timestamptz, lease interval)
    returns setof portal.notifications
    language sql volatile security definer
    set search_path = pg_catalog, pg_temp
    as $$
        update portal.notifications n
        set claimed_until = at + lease
        where (n.tenant_id, n.id) in (
            select d.tenant_id, d.id from portal.notifications d
            where d.state = 'pending' and d.next_attempt_at <= at
              and (d.claimed_until is null or d.claimed_until <= at)
            order by d.next_attempt_at, d.id
            limit batch_size
            for update skip locked)
        returning n.*
    $$;

-- The hub has it: delivered; a portal link's url (the one secret an event carries) is dropped.
create function portal.notification_delivered(event_tenant uuid, event_id uuid, at timestamptz) returns void
    language sql volatile security definer
    set search_path = pg_catalog, pg_temp
    as $$
        update portal.notifications
        set state = 'delivered', delivered_at = at, attempts = attempts + 1, claimed_until = null,
            payload = payload - 'url'
        where tenant_id = event_tenant and id = event_id and state = 'pending'
    $$;

-- The hub did not take it: pending still, once more tried, due again at retry_at.
create function portal.notification_failed(event_tenant uuid, event_id uuid, error text, retry_at timestamptz)
    returns void
    language sql volatile security definer
    set search_path = pg_catalog, pg_temp
    as $$
        update portal.notifications
        set attempts = attempts + 1, last_error = left(error, 1000), next_attempt_at = retry_at,
            claimed_until = null
        where tenant_id = event_tenant and id = event_id and state = 'pending'
    $$;

revoke all on function portal.claim_notifications(integer, timestamptz, interval) from public;
revoke all on function portal.notification_delivered(uuid, uuid, timestamptz) from public;
revoke all on function portal.notification_failed(uuid, uuid, text, timestamptz) from public;

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.notifications', 'select, insert',
     'changes write their events; the agency lists them; only the relay functions update them'),
    ('function', 'portal.claim_notifications(integer, timestamptz, interval)', 'execute',
     'the relay claims due events across tenants'),
    ('function', 'portal.notification_delivered(uuid, uuid, timestamptz)', 'execute',
     'the relay records a delivery'),
    ('function', 'portal.notification_failed(uuid, uuid, text, timestamptz)', 'execute',
     'the relay records a failed try');
