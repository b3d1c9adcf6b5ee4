-- Files attached to asks: one more kind of parent. A contact sees an ask's files exactly when they see
-- the ask (the subquery goes through the asks' own portal policy: a client-visible ask of their
-- client), and uploads to the tasks they see and to their client's asks.

alter table portal.attachments drop constraint attachments_parent_kind_check;
alter table portal.attachments add constraint attachments_parent_kind_check
    check (parent_kind in ('task', 'update', 'comment', 'ask'));

drop policy attachments_portal on portal.attachments;

create policy attachments_portal on portal.attachments for select
    using (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
           and client_id = portal.current_client()
           and case parent_kind
                   when 'task' then exists (select 1 from portal.tasks t
                                            where t.tenant_id = attachments.tenant_id and t.id = attachments.parent_id)
                   when 'update' then exists (select 1 from portal.project_updates u
                                              where u.tenant_id = attachments.tenant_id
                                                and u.id = attachments.parent_id)
                   when 'comment' then exists (select 1 from portal.task_comments c
                                               where c.tenant_id = attachments.tenant_id
                                                 and c.id = attachments.parent_id)
                   when 'ask' then exists (select 1 from portal.asks a
                                           where a.tenant_id = attachments.tenant_id and a.id = attachments.parent_id)
                   else false
               end);

drop policy attachments_portal_upload on portal.attachments;

-- The parent the row names is one the contact sees (through its table's portal policy) and is of their
-- own client, as the row is.
create policy attachments_portal_upload on portal.attachments for insert
    with check (tenant_id = portal.current_tenant() and portal.current_audience() = 'portal'
                and client_id = portal.current_client()
                and case parent_kind
                        when 'task' then exists (select 1 from portal.tasks t
                                                 where t.tenant_id = attachments.tenant_id
                                                   and t.id = attachments.parent_id
                                                   and t.client_id = attachments.client_id)
                        when 'ask' then exists (select 1 from portal.asks a
                                                where a.tenant_id = attachments.tenant_id
                                                  and a.id = attachments.parent_id
                                                  and a.client_id = attachments.client_id)
                        else false
                    end);
