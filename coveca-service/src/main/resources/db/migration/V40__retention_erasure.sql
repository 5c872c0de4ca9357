-- Retention: an expired case is anonymised in place (kept for the annual figures), never shown again.
alter table coveca_case add column erased_at timestamptz;
alter table case_person alter column first_name drop not null;
alter table case_person alter column last_name drop not null;
