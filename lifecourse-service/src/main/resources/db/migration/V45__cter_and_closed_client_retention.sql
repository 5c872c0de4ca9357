-- Retention: a CTER person weighed "no action" is anonymised in place once the term expired (kept for the figures),
-- never shown again; closed life-course clients expire the same way as candidates (candidate.erased_at, V40).
alter table cter_person add column erased_at timestamptz;
alter table cter_person alter column last_name drop not null;
