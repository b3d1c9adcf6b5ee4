-- Business hours and SLA targets carry a version, so that an owner replacing them can send back the
-- ETag they read (If-Match) and two replacing them at once cannot overwrite each other unseen. The
-- four rows of an agency's targets are written together and share one version.
alter table portal.business_hours add column version bigint not null default 1 check (version >= 1);
alter table portal.business_hours alter column version drop default;

alter table portal.sla_targets add column version bigint not null default 1 check (version >= 1);
alter table portal.sla_targets alter column version drop default;
