-- Retention: an expired track is anonymised in place (kept for the detention/release figures), never shown again.
alter table track add column erased_at timestamptz;
alter table track alter column first_name drop not null;
alter table track alter column last_name drop not null;
