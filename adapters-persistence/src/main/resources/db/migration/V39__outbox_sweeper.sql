-- The outbox sweeper: delivered events are kept for a while, for the agency to see what the hub was
-- told, then removed in batches by the outbox-sweeper job through the one function below.
create index notifications_delivered_idx on portal.notifications (delivered_at, tenant_id, id)
    where state = 'delivered';

-- Removes up to batch_size events delivered before the moment, oldest first; how many of each tenant.
create function portal.sweep_delivered_notifications(delivered_before timestamptz, batch_size integer)
    returns table (tenant_id uuid, removed bigint)
    language sql volatile security definer
    set search_path = pg_catalog, pg_temp
    as $$
        with gone as (
            delete from portal.notifications n
            where (n.tenant_id, n.id) in (
                select d.tenant_id, d.id from portal.notifications d
                where d.state = 'delivered' and d.delivered_at < delivered_before
                order by d.delivered_at, d.tenant_id, d.id
                limit batch_size)
            returning n.tenant_id)
        select g.tenant_id, count(*) from gone g group by g.tenant_id
    $$;

revoke all on function portal.sweep_delivered_notifications(timestamptz, integer) from public;

insert into portal.runtime_grants (object_type, object_name, privileges, reason) values
    ('function', 'portal.sweep_delivered_notifications(timestamptz, integer)', 'execute',
     'the outbox-sweeper job removes events delivered long ago');
