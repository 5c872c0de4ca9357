-- Retention: an expired referral is anonymised in place (kept for the annual figures), never shown again.
alter table triage_referral add column erased_at timestamptz;
alter table triage_person alter column first_name drop not null;
alter table triage_person alter column last_name drop not null;
