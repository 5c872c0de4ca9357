-- Retention: an expired signal (and its approach) is anonymised in place (kept for the figures), never shown again.
alter table signal add column erased_at timestamptz;
alter table approach add column erased_at timestamptz;
