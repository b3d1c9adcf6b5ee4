-- The people of an agency and the keys its scripts use. Emails are stored lower-case.

create table portal.operators (
    tenant_id     uuid        not null references portal.tenants (id),
    id            uuid        not null,
    email         text        not null,
    name          text        not null check (char_length(name) between 1 and 200),
    role          text        not null check (role in ('owner', 'admin', 'member', 'viewer')),
    password_hash text        not null,
    version       bigint      not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    primary key (tenant_id, id),
    constraint operators_email_key unique (tenant_id, email)
);

-- An API key never acts as owner. Only the SHA-256 of its secret is kept, and requests find
-- their key by it, so the digest is unique and indexed across the whole table.
create table portal.api_keys (
    tenant_id     uuid        not null references portal.tenants (id),
    id            uuid        not null,
    name          text        not null check (char_length(name) between 1 and 100),
    role          text        not null check (role in ('admin', 'member', 'viewer')),
    secret_digest text        not null check (secret_digest ~ '^[0-9a-f]{64}$'),
    created_by    text        not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    primary key (tenant_id, id)
);

create unique index api_keys_secret_digest_key on portal.api_keys (secret_digest);

alter table portal.operators enable row level security;
alter table portal.operators force row level security;
create policy operators_isolation on portal.operators
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());

alter table portal.api_keys enable row level security;
alter table portal.api_keys force row level security;
create policy api_keys_isolation on portal.api_keys
    using (tenant_id = portal.current_tenant())
    with check (tenant_id = portal.current_tenant());
