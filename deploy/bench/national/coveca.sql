-- National volume for CoVeCa: a case per generated COVECA approach (staged in b_stage), a main person and a system
-- member, two held network meetings, monitoring rounds (main person 3, member 1) scoring all 13 life domains
-- (about 1.8 M scores at the default volume). Cases started over a year before now are closed.
\set ON_ERROR_STOP on
begin;
select setseed(0.42) \g /dev/null
create temp table b_old as select id from coveca_case where process_director_id = 'bench-generator';
delete from monitoring_score where round_id in (select r.id from monitoring_round r join b_old o on o.id = r.case_id);
delete from monitoring_round where case_id in (select id from b_old);
delete from network_meeting where case_id in (select id from b_old);
delete from case_person where case_id in (select id from b_old);
delete from coveca_case where id in (select id from b_old);
insert into coveca_case (id, house, municipality, intensity, sub_approach, status, source, source_referral_id,
                         process_director_id, start_date, opened_at, closed_at, closure_reason)
select gen_random_uuid(), house, municipality, 'MAATWERK',
       (array['REGULAR', 'MDA_PLUS_PLUS', 'GROUP', 'YOUTH', 'HIGH_IMPACT_CRIME'])[1 + floor(random() * 5)::int],
       case when decided_at < now() - interval '1 year' then 'CLOSED' else 'OPEN' end, 'TRIAGE', id,
       'bench-generator', (decided_at at time zone 'Europe/Amsterdam')::date, decided_at,
       case when decided_at < now() - interval '1 year' then decided_at + interval '200 days' end,
       case when decided_at < now() - interval '1 year' then (array['STABLE', 'SCALED_DOWN_TO_REGULAR_CARE',
            'MOVED_OUT_OF_REGION', 'DETAINED', 'DECEASED', 'ADMINISTRATIVE'])[1 + floor(random() * 6)::int] end
from b_stage where programme = 'COVECA';
create temp table b_person as
select c.id as case_id, gen_random_uuid() as person_id, p.role, c.start_date, c.opened_at
from coveca_case c, (values ('MAIN'), ('SYSTEM_MEMBER')) p(role) where c.process_director_id = 'bench-generator';
insert into case_person (id, case_id, person_id, role, first_name, last_name, date_of_birth, added_at)
select gen_random_uuid(), case_id, person_id, role, 'Bench', 'Persoon',
       start_date - (365 * (10 + random() * 70))::int, opened_at from b_person;
insert into network_meeting (id, case_id, kind, scheduled_at, status, held_at, created_by, created_at)
select gen_random_uuid(), c.id, 'NETWORK_MEETING', c.opened_at + make_interval(days => 14 * k), 'HELD',
       c.opened_at + make_interval(days => 14 * k), 'bench-generator', c.opened_at
from coveca_case c, generate_series(1, 2) k where c.process_director_id = 'bench-generator';
create temp table b_round as
select gen_random_uuid() as id, p.case_id, p.person_id, k as round_no, p.start_date + 90 * k as scored_on
from b_person p, generate_series(1, 3) k where p.role = 'MAIN' or k = 1;
insert into monitoring_round (id, case_id, person_id, round_no, scored_on, scored_by, created_at)
select id, case_id, person_id, round_no, scored_on, 'bench-generator', now() from b_round;
insert into monitoring_score (round_id, life_domain, score)
select r.id, d.code, least(5, greatest(1, 1 + r.round_no / 2 + (random() * 3)::int))
from b_round r, (select code from life_domain where house = '*') d;
commit;
analyze coveca_case;
analyze case_person;
analyze monitoring_round;
analyze monitoring_score;
analyze network_meeting;
