-- API keys may carry an expiry; created_by always names the operator who issued the key.
alter table portal.api_keys
    add column expires_at timestamptz,
    add constraint api_keys_expires_after_creation check (expires_at is null or expires_at > created_at);

-- Only a signed-in operator issues keys now. Keys that other keys issued have no person behind them
-- to cap their rights: they go (their creation stays in the audit trail).
delete from portal.api_keys where created_by not like 'operator:%';

alter table portal.api_keys
    add constraint api_keys_created_by_operator check (created_by ~ '^operator:[0-9a-f-]{36}$');
