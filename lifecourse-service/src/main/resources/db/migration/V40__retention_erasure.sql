-- Retention: an expired candidate is anonymised in place (kept for the figures), never shown again.
alter table candidate add column erased_at timestamptz;
alter table candidate alter column last_name drop not null;
