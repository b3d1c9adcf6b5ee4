-- A report reads, in the client's view, the metrics integrators sent for the client's shared
-- projects (a report's only reader of them there: the portal has no route to metrics).
create policy project_metrics_portal on portal.project_metrics for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and exists (select 1 from portal.projects p
                       where p.tenant_id = project_metrics.tenant_id and p.id = project_metrics.project_id
                         and p.client_id = portal.current_client() and p.visibility = 'client'));
