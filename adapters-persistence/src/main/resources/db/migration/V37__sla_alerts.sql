-- Each client request's SLA clock tells the agency once that it is at risk, and once that it is
-- breached: the alert raised is a fact of its own, kept by its key, so two schedulers (or two runs)
-- raise it once.
create table portal.sla_alerts (
    tenant_id  uuid        not null references portal.tenants (id),
    item_id    text        not null check (char_length(item_id) between 3 and 120),
    raised_at  timestamptz not null,
    primary key (tenant_id, item_id)
);

alter table portal.sla_alerts enable row level security;
alter table portal.sla_alerts force row level security;

create policy sla_alerts_agency on portal.sla_alerts
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.sla_alerts', 'select, insert', 'the SLA alerts job raises each alert once; alerts are kept');
