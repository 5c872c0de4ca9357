-- The chair opens a session ("Vergadering openen") on its day, possibly before its start time: who and when.
alter table triage_session add column opened_at timestamptz;
alter table triage_session add column opened_by varchar(200);

-- The feedback time runs from the submission of the referral to the decision (never negative). Nullable for rows
-- written without it (e.g. the benchmark's generator): the feedback time then runs from the session's start.
alter table triage_decision add column submitted_at timestamptz;
update triage_decision d set submitted_at = r.submitted_at
  from triage_referral r where r.referral_id = d.referral_id and r.submitted_at is not null;

-- The evidence of a possible match: which fields of the two persons agree (comma-separated MatchField codes).
alter table possible_match add column matched_fields varchar(200);
update possible_match set matched_fields = case reason when 'BSN' then 'BSN' else 'FULL_NAME,DATE_OF_BIRTH' end;
