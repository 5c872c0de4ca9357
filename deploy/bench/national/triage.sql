-- National volume for triage: the generated intake referrals (staged by generate-national.sh in b_stage) become
-- triage_referral rows with a main person, one regular Thursday session per house and week, and a decision per decided referral.
\set ON_ERROR_STOP on
begin;
delete from triage_decision where decided_by = 'bench-generator';
delete from triage_referral where question = 'Gegenereerde aanmelding';
delete from triage_session where created_by = 'bench-generator';
insert into triage_referral (referral_id, house, municipality, urgency, submitted_at, referrer_organisation,
                             referrer_domain, problem_areas, question, status, received_at, withdrawn_at)
select id, house, municipality, 'NORMAL', submitted_at, referrer_organisation, referrer_domain, 'ADDICTION',
       'Gegenereerde aanmelding', case when outcome is not null then 'DECIDED' when withdrawn_at is not null
       then 'WITHDRAWN' else 'WAITING' end, submitted_at, withdrawn_at
from b_stage;
-- every queued referral has its main person (the queue shows name and date of birth)
insert into triage_person (person_id, referral_id, role, first_name, last_name, date_of_birth, position)
select gen_random_uuid(), id, 'MAIN', 'Bench', 'Persoon', date '1970-01-01' + (abs(hashtext(id::text)) % 15000), 0
from b_stage;
-- the session of a decision: the Thursday on or before the decision day (no regular session may exist yet)
create temp table b_decision as
select id, house, decided_at, outcome, programme,
       (decided_at at time zone 'Europe/Amsterdam')::date
         - ((extract(isodow from decided_at at time zone 'Europe/Amsterdam')::int - 4 + 7) % 7) as session_date
from b_stage where outcome is not null;
insert into triage_session (session_id, house, session_date, start_time, kind, created_at, created_by)
select gen_random_uuid(), house, session_date, time '09:00', 'REGULAR', now(), 'bench-generator'
from (select distinct house, session_date from b_decision) s
where not exists (select 1 from triage_session t where t.house = s.house and t.session_date = s.session_date
                  and t.kind = 'REGULAR');
insert into triage_decision (referral_id, house, session_id, session_date, session_starts_at, decided_at, decided_by,
                             outcome, programme, rationale, members_present)
select d.id, d.house, s.session_id, d.session_date, (d.session_date + time '09:00') at time zone 'Europe/Amsterdam',
       d.decided_at, 'bench-generator', d.outcome, d.programme, 'Gegenereerd', 'OM'
from b_decision d join triage_session s on s.house = d.house and s.session_date = d.session_date and s.kind = 'REGULAR';
commit;
analyze triage_referral;
analyze triage_decision;
