-- The operator's queue is read from the records themselves (overdue tasks, requests awaiting
-- acceptance, unclassified asks, capacity crossings, SLA clocks); only what operators did with an
-- item is stored: acknowledged for good, or snoozed until a moment. An item is named by its kind
-- and subject (see QueueItemId), so the mark sticks to the same thing however often it is read.
create table portal.queue_marks (
    tenant_id       uuid        not null references portal.tenants (id),
    item_id         text        not null check (char_length(item_id) between 3 and 120),
    acknowledged_at timestamptz,
    acknowledged_by text check (char_length(acknowledged_by) between 1 and 200),
    snoozed_until   timestamptz,
    snoozed_at      timestamptz,
    snoozed_by      text check (char_length(snoozed_by) between 1 and 200),
    primary key (tenant_id, item_id),
    check ((acknowledged_at is null) = (acknowledged_by is null)),
    check ((snoozed_until is null) = (snoozed_by is null) and (snoozed_until is null) = (snoozed_at is null)),
    check (snoozed_until is null or snoozed_until > snoozed_at)
);

alter table portal.queue_marks enable row level security;
alter table portal.queue_marks force row level security;

create policy queue_marks_agency on portal.queue_marks
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency')
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'agency');

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('table', 'portal.queue_marks', 'select, insert, update',
     'an operator acknowledges or snoozes a queue item; marks are kept, never deleted');

-- The queue's kinds, each read oldest first a page at a time.
create index tasks_overdue_idx on portal.tasks (tenant_id, due_date, id)
    where due_date is not null and status not in ('done', 'cancelled');
create index request_clocks_running_idx on portal.request_clocks (tenant_id)
    where resolved_at is null and paused_since is null;
create index capacity_crossings_raised_idx on portal.capacity_crossings (tenant_id, level, raised_at, budget_id);
