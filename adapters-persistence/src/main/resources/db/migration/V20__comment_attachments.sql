-- Files attached to comments: one more kind of parent. A contact sees a comment's files exactly
-- when they see the comment, checked by a subquery that the comments' own portal policy filters (a
-- client-visible comment of their client on a task they see). Contacts still upload to tasks only.

alter table portal.attachments drop constraint attachments_parent_kind_check;
alter table portal.attachments add constraint attachments_parent_kind_check
    check (parent_kind in ('task', 'update', 'comment'));

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
                   else false
               end);
