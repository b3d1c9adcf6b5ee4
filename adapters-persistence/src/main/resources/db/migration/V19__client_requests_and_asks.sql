-- What a client's contact files from the portal: task requests (tasks in status requested, source
-- portal, client-visible) and asks (bug reports and questions, classified later by the agency), with
-- the agency's published replies to asks. Asks are keyed from the same per-client counter as tasks,
-- so ACME-43 names one record across both tables. Comments and asks become searchable.

-- A task may now come from an ask an operator classified as a task or a bug.
alter table portal.tasks drop constraint tasks_source_check;
alter table portal.tasks add constraint tasks_source_check check (source in ('operator', 'portal', 'ask'));

-- A client's counter may be taken before any key was issued (a prefix change takes it to order itself
-- against the client's first key, with 0 as "none yet"); the next key is still last_number + 1.
alter table portal.task_counters drop constraint task_counters_last_number_check;
alter table portal.task_counters add constraint task_counters_last_number_check check (last_number >= 0);

-- An ask names its client directly, and its project (if any) with that client, so that neither the
-- portal's policy nor the foreign key needs a join to keep them in step.
create table portal.asks (
    tenant_id      uuid        not null,
    id             uuid        not null,
    client_id      uuid        not null,
    project_id     uuid,
    key            text        not null check (key ~ '^[A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8}$'),
    kind           text        not null check (kind in ('bug', 'question')),
    title          text        not null check (char_length(title) between 1 and 200),
    description    text        check (char_length(description) between 1 and 10000),
    visibility     text        not null check (visibility in ('internal', 'client')),
    contact_id     uuid        not null,
    author         text        not null,
    author_name    text        not null,
    classification text        not null check (classification in ('unclassified', 'task', 'bug', 'question',
                                                                    'not_actionable')),
    classified_by  text,
    classified_at  timestamptz,
    task_key       text,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (tenant_id, id),
    constraint asks_key_key unique (tenant_id, key),
    constraint asks_client_key unique (tenant_id, id, client_id),
    constraint asks_client_fkey foreign key (tenant_id, client_id) references portal.clients (tenant_id, id),
    constraint asks_project_fkey foreign key (tenant_id, project_id, client_id)
        references portal.projects (tenant_id, id, client_id),
    constraint asks_contact_fkey foreign key (tenant_id, contact_id) references portal.contacts (tenant_id, id),
    -- the task made of it, by its key (unique in the agency); the use case gives it the ask's client
    constraint asks_task_fkey foreign key (tenant_id, task_key) references portal.tasks (tenant_id, key),
    -- classified as a task or a bug exactly when a task was made of it; classified when someone did
    constraint asks_linked_task check ((classification in ('task', 'bug')) = (task_key is not null)),
    constraint asks_classified check ((classification = 'unclassified') = (classified_at is null)
                                      and (classified_at is null) = (classified_by is null))
);

-- The agency's list, newest first, all of them or the (un)classified ones; the client's, newest first.
create index asks_created_order_idx on portal.asks (tenant_id, created_at, id);
create index asks_classification_idx on portal.asks (tenant_id, (classification = 'unclassified'), created_at, id);
create index asks_client_idx on portal.asks (tenant_id, client_id, created_at, id);
-- The client's task requests, newest first, for the portal's list of requests.
create index tasks_requests_idx on portal.tasks (tenant_id, client_id, created_at, id) where source = 'portal';

-- The agency's replies to an ask, published to the client: always client-visible so far.
create table portal.ask_replies (
    tenant_id   uuid        not null,
    id          uuid        not null,
    ask_id      uuid        not null,
    client_id   uuid        not null,
    body        text        not null check (char_length(body) between 1 and 10000),
    visibility  text        not null check (visibility in ('internal', 'client')),
    author      text        not null,
    author_name text        not null,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, ask_id, client_id) references portal.asks (tenant_id, id, client_id)
);

-- An ask's replies, oldest first.
create index ask_replies_ask_idx on portal.ask_replies (tenant_id, ask_id, created_at, id);

alter table portal.asks enable row level security;
alter table portal.asks force row level security;
alter table portal.ask_replies enable row level security;
alter table portal.ask_replies force row level security;

create policy asks_agency on portal.asks
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A contact reads their own client's client-visible asks, whoever of its contacts filed them.
create policy asks_portal on portal.asks for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client');

-- A contact files an ask as themselves, client-visible, unclassified, for their own client, and on a
-- project only when they may see it (the subquery goes through the projects' portal policy).
create policy asks_portal_file on portal.asks for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and visibility = 'client'
                and contact_id = portal.current_contact() and author = 'contact:' || portal.current_contact()
                and classification = 'unclassified' and task_key is null
                -- no project, or one the contact sees: written without OR, which the policy checks refuse
                and exists (select 1 from portal.projects p
                            where p.tenant_id = asks.tenant_id and p.id = asks.project_id) = (project_id is not null));

create policy ask_replies_agency on portal.ask_replies
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

-- A reply is shown with its ask: the subquery goes through the asks' own portal policy.
create policy ask_replies_portal on portal.ask_replies for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client() and visibility = 'client'
           and exists (select 1 from portal.asks a
                       where a.tenant_id = ask_replies.tenant_id and a.id = ask_replies.ask_id));

-- A contact requests a task only as a client-visible request of their own client, unassigned and not
-- yet accepted, on a project they may see (the subquery goes through the projects' portal policy).
create policy tasks_portal_request on portal.tasks for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client() and visibility = 'client'
                and source = 'portal' and status = 'requested' and assignee_id is null and decline_reason is null
                and exists (select 1 from portal.projects p
                            where p.tenant_id = tasks.tenant_id and p.id = tasks.project_id));

-- Filing a request takes the client's next number: a contact reaches their own client's counter
-- (inserted, bumped in place, read back), which holds nothing but that number.
create policy task_counters_portal on portal.task_counters
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client())
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client());

-- Search (see V16__search.sql): a comment by its text, an ask by its key and title above its description.
alter table portal.task_comments add column search tsvector generated always as (
    setweight(to_tsvector('portal.simple_unaccent', body), 'B')) stored;

alter table portal.asks add column search tsvector generated always as (
    setweight(to_tsvector('portal.simple_unaccent', key || ' ' || title), 'A')
    || setweight(to_tsvector('portal.simple_unaccent', coalesce(description, '')), 'B')) stored;

create index task_comments_words_idx on portal.task_comments using gin (search);
create index asks_words_idx on portal.asks using gin (search);

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.asks', 'select, insert, update', 'asks are filed, classified and locked (for update), never deleted'),
    ('table', 'portal.ask_replies', 'select, insert', 'replies are published once and never changed or deleted');
