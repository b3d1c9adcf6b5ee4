-- Takes the measured agency back to its seeded size after a load run that wrote: removes the clients
-- and tasks the benchmark created (their task key prefixes start with Z, their titles with "Bench
-- task"), their audit events and the answers kept for the benchmark's Idempotency-Keys, and sets each
-- touched client's task counter back to its highest remaining number. Run by psql as the owner.
\set ON_ERROR_STOP on
begin;
create temp table created_clients on commit drop as
    select id from portal.clients where tenant_id = :'tenant' and task_key_prefix like 'Z%';
create temp table created_tasks on commit drop as
    select id, client_id from portal.tasks where tenant_id = :'tenant' and title like 'Bench task %';
delete from portal.audit_events a
    where a.tenant_id = :'tenant'
      and ((a.entity_type = 'client' and a.entity_id in (select id::text from created_clients))
        or (a.entity_type = 'task' and a.entity_id in (select id::text from created_tasks)));
delete from portal.tasks where tenant_id = :'tenant' and id in (select id from created_tasks);
update portal.task_counters c
    set last_number = coalesce((select max(split_part(t.key, '-', 2)::bigint) from portal.tasks t
                                where t.tenant_id = c.tenant_id and t.client_id = c.client_id), 0)
    where c.tenant_id = :'tenant' and c.client_id in (select client_id from created_tasks);
delete from portal.clients where tenant_id = :'tenant' and id in (select id from created_clients);
delete from portal.idempotency_records where tenant_id = :'tenant' and key like 'bench-%';
commit;
