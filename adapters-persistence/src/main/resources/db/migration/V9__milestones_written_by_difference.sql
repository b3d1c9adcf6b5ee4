-- A project's milestones are now written as the difference to what is stored (tasks and attachments
-- will point at them, so an unchanged milestone must keep its row). Reordering moves positions
-- through values another milestone still holds until the statement that moves it: the uniqueness of
-- a position is checked at commit.
alter table portal.milestones
    drop constraint milestones_position_key,
    add constraint milestones_position_key unique (tenant_id, project_id, position) deferrable initially deferred;
