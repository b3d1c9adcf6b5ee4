-- Lists are sorted by a field (name, creation, last change; projects also by due date; audit
-- events by time) with the id breaking ties, and paged by keyset on (value, id). Each documented
-- order of the big tables is read through one of these indexes, forwards or backwards.
--
-- Names sort by lower(name COLLATE "C"): the letters A-Z fold to a-z, and everything compares by
-- code point (UTF-8 bytes), the same on every server whatever its locale. É therefore sorts after z.

create index clients_name_order_idx on portal.clients (tenant_id, lower(name collate "C"), id);
create index clients_created_order_idx on portal.clients (tenant_id, created_at, id);
create index clients_updated_order_idx on portal.clients (tenant_id, updated_at, id);

-- The default order (newest first) with a status filter, as the id order had before.
drop index portal.clients_status_idx;
create index clients_status_idx on portal.clients (tenant_id, status, created_at, id);

create index projects_name_order_idx on portal.projects (tenant_id, lower(name collate "C"), id);
create index projects_created_order_idx on portal.projects (tenant_id, created_at, id);
create index projects_updated_order_idx on portal.projects (tenant_id, updated_at, id);
-- Projects without a due date come last in both directions: ascending reads a missing date as
-- 'infinity', descending as '-infinity', so the keyset compares rows without nulls.
create index projects_due_order_idx on portal.projects (tenant_id, (coalesce(due_date, 'infinity'::date)), id);
create index projects_due_desc_order_idx on portal.projects (tenant_id, (coalesce(due_date, '-infinity'::date)), id);

drop index portal.projects_client_idx;
create index projects_client_idx on portal.projects (tenant_id, client_id, created_at, id);
drop index portal.projects_status_idx;
create index projects_status_idx on portal.projects (tenant_id, status, created_at, id);

create index audit_events_at_order_idx on portal.audit_events (tenant_id, at, id);
drop index portal.audit_events_entity_idx;
create index audit_events_entity_idx on portal.audit_events (tenant_id, entity_type, entity_id, at, id);
