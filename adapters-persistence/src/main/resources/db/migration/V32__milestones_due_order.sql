-- Due work reads a tenant's open milestones in its order: due date, then md5 of the project and key,
-- which stands in for the id a milestone does not have. The index delivers them in that order, so a
-- page reads no more milestones than it shows.
drop index portal.milestones_due_idx;
create index milestones_due_idx on portal.milestones
    (tenant_id, due_date, (md5(project_id::text || '/' || key)::uuid))
    where due_date is not null and completed_at is null;
