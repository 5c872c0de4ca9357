-- Retention: an expired referral is anonymised in place (kept for the annual figures), never shown again.
alter table referral add column erased_at timestamptz;
alter table referral_person alter column first_name drop not null;
alter table referral_person alter column last_name drop not null;
create index referral_not_erased on referral (house, status) where erased_at is null;
