-- Clients, their projects and each project's ordered milestones.

create table portal.clients (
    tenant_id         uuid        not null references portal.tenants (id),
    id                uuid        not null,
    name              text        not null check (char_length(name) between 1 and 200),
    email             text,
    company           text,
    phone             text,
    status            text        not null check (status in ('lead', 'onboarding', 'active', 'paused', 'offboarded')),
    source            text        not null check (source in ('manual', 'intake')),
    intake_message    text,
    version           bigint      not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    status_changed_at timestamptz not null,
    primary key (tenant_id, id)
);

-- Lists are newest first (ids are time-ordered); the primary key serves the unfiltered list.
create index clients_status_idx on portal.clients (tenant_id, status, id desc);

-- Text search is a substring match on name, email and company. The repository matches this very
-- expression (so the trigram index applies), then each column exactly.
create extension if not exists pg_trgm schema public;
create index clients_search_idx on portal.clients
    using gin ((name || ' ' || coalesce(email, '') || ' ' || coalesce(company, '')) public.gin_trgm_ops);

create table portal.projects (
    tenant_id   uuid        not null,
    id          uuid        not null,
    client_id   uuid        not null,
    name        text        not null check (char_length(name) between 1 and 200),
    description text,
    start_date  date,
    due_date    date,
    status      text        not null check (status in ('planned', 'active', 'on_hold', 'in_review', 'completed', 'cancelled')),
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    check (start_date is null or due_date is null or due_date >= start_date)
);

create index projects_client_idx on portal.projects (tenant_id, client_id, id desc);
create index projects_status_idx on portal.projects (tenant_id, status, id desc);

create table portal.milestones (
    tenant_id    uuid        not null,
    project_id   uuid        not null,
    key          text        not null check (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    position     int         not null check (position >= 0),
    title        text        not null check (char_length(title) between 1 and 200),
    task_keys    text[]      not null default '{}',
    due_date     date,
    completed_at timestamptz,
    primary key (tenant_id, project_id, key),
    constraint milestones_position_key unique (tenant_id, project_id, position),
    foreign key (tenant_id, project_id) references portal.projects (tenant_id, id) on delete cascade
);

alter table portal.clients enable row level security;
alter table portal.clients force row level security;
create policy clients_isolation on portal.clients
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());

alter table portal.projects enable row level security;
alter table portal.projects force row level security;
create policy projects_isolation on portal.projects
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());

alter table portal.milestones enable row level security;
alter table portal.milestones force row level security;
create policy milestones_isolation on portal.milestones
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());
