-- Due and stale work are read from the records themselves, oldest or soonest first across kinds;
-- each kind's open rows get a partial index in that order, so a page reads only what it shows.
create index milestones_due_idx on portal.milestones (tenant_id, due_date)
    where due_date is not null and completed_at is null;
create index tasks_open_updated_idx on portal.tasks (tenant_id, updated_at, id)
    where status not in ('done', 'cancelled');
create index projects_open_updated_idx on portal.projects (tenant_id, updated_at, id)
    where status not in ('completed', 'cancelled');
create index clients_leads_updated_idx on portal.clients (tenant_id, updated_at, id)
    where status = 'lead';
