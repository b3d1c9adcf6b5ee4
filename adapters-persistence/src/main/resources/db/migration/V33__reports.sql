-- Reports to clients: a Markdown text over a period of a client's work (or one project's), drafted
-- from the client's view of the record, reviewed, then published to the client's portal. Contacts
-- acknowledge published reports, each once; an acknowledgement keeps the contact's name as it was.
create table portal.reports (
    tenant_id    uuid        not null,
    id           uuid        not null,
    client_id    uuid        not null,
    project_id   uuid,
    period_from  date        not null,
    period_to    date        not null,
    title        text        not null check (char_length(title) between 1 and 200),
    body         text        not null check (char_length(body) between 1 and 100000),
    status       text        not null check (status in ('draft', 'in_review', 'approved', 'published', 'discarded')),
    author       text        not null check (char_length(author) between 1 and 200),
    version      bigint      not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    foreign key (tenant_id, project_id, client_id) references portal.projects (tenant_id, id, client_id),
    check (period_to >= period_from and period_to - period_from < 366),
    check ((published_at is not null) = (status = 'published'))
);

-- The list orders, a client's reports (the portal's list too), those in review (the queue's), and the
-- pending ones by the period's last day: what the agenda shows coming due.
create index reports_created_order_idx on portal.reports (tenant_id, created_at, id);
create index reports_updated_order_idx on portal.reports (tenant_id, updated_at, id);
create index reports_client_idx on portal.reports (tenant_id, client_id, created_at, id);
create index reports_in_review_idx on portal.reports (tenant_id, updated_at, id) where status = 'in_review';
create index reports_pending_due_idx on portal.reports (tenant_id, period_to, id)
    where status in ('draft', 'in_review', 'approved');

create table portal.report_acknowledgements (
    tenant_id    uuid        not null,
    report_id    uuid        not null,
    contact_id   uuid        not null,
    contact_name text        not null check (char_length(contact_name) between 1 and 200),
    at           timestamptz not null,
    primary key (tenant_id, report_id, contact_id),
    foreign key (tenant_id, report_id) references portal.reports (tenant_id, id),
    foreign key (tenant_id, contact_id) references portal.contacts (tenant_id, id)
);

alter table portal.reports enable row level security;
alter table portal.reports force row level security;
alter table portal.report_acknowledgements enable row level security;
alter table portal.report_acknowledgements force row level security;

create policy reports_agency on portal.reports
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A client's contacts read their client's published reports, never a draft.
create policy reports_portal on portal.reports for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and status = 'published');

create policy report_acknowledgements_agency on portal.report_acknowledgements
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- Contacts see the acknowledgements of the reports they see, and add only their own.
create policy report_acknowledgements_portal on portal.report_acknowledgements for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and exists (select 1 from portal.reports r
                       where r.tenant_id = report_acknowledgements.tenant_id
                         and r.id = report_acknowledgements.report_id));

create policy report_acknowledgements_portal_insert on portal.report_acknowledgements for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and contact_id = portal.current_contact()
                and exists (select 1 from portal.reports r
                            where r.tenant_id = report_acknowledgements.tenant_id
                              and r.id = report_acknowledgements.report_id));

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.reports', 'select, insert, update',
     'operators draft, edit and move reports; a report is discarded, never deleted'),
    ('table', 'portal.report_acknowledgements', 'select, insert',
     'a contact acknowledges a published report once; acknowledgements are kept');

-- What a report reads: a client's moves to done in a period (the feed's index serves the client),
-- and milestones completed in one.
create index milestones_completed_idx on portal.milestones (tenant_id, completed_at)
    where completed_at is not null;
