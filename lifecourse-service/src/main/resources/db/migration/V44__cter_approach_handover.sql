-- The CTER outcome "ZVH person-oriented approach" is handed over to the process director (CterApproachHandedOver):
-- when it was handed over since the last change of outcome, and, once CoVeCa opened the case, which case and since when.
alter table cter_person add column approach_handed_over_at timestamptz;
alter table cter_person add column approach_case_id uuid;
alter table cter_person add column approach_started_on date;
