-- The triage table can start the CTER approach: the main person goes on the CTER register with source TRIAGE and the
-- referral (once per referral and house), without an ideology category until the team sets one at the first weighing.
alter table cter_person add column source_referral_id uuid;
alter table cter_person alter column ideology drop not null;
create unique index cter_person_referral on cter_person (house, source_referral_id) where source_referral_id is not null;
