-- The portal's list of files pages a client's attachments by time (newest first, or oldest): read in
-- that order from the client's own range instead of sorting every attachment of the agency.
create index attachments_client_created_idx on portal.attachments (tenant_id, client_id, created_at, id);
