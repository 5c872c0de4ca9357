-- National volume for trafficking (deploy/bench/generate-national.sh): :signals signals (default 15 000) over the 30
-- houses, received in the last three years from partners' systems, triage and the coordinator. A signal older than
-- a month is decided: advice (with the advice) or a coordinated approach (with one refused and one placed shelter
-- request; most registered at CoMensha; closed after a year). Per house a signals-table session each month that
-- discussed a third of that month's signals, and four awareness sessions a year. Deterministic (ids and choices from
-- md5 of the signal's number, no random()); marked so a re-run replaces it all: signals by reporter_user_id
-- 'bench-generator', sessions by follow_up / topic 'Gegenereerd (bench-generator)'.
-- Respects V2, V40, V60: every NOT NULL column is filled, the municipality is one of the house's, an external
-- reference is unique per reporting organisation, a referral opens at most one signal, one approach per signal.
\set ON_ERROR_STOP on
\if :{?signals}
\else
\set signals 15000
\endif
begin;
delete from signals_table_session where follow_up = 'Gegenereerd (bench-generator)';
delete from awareness_session where topic = 'Gegenereerd (bench-generator)';
create temp table b_old as select id from signal where reporter_user_id = 'bench-generator';
delete from signals_table_signal where signal_id in (select id from b_old);
delete from approach where signal_id in (select id from b_old);
delete from signal where id in (select id from b_old);
-- the bench houses' municipalities (the four real houses have theirs from V3); names as intake.sql generates them
insert into municipality (house, name)
select 'bench-' || lpad(h::text, 2, '0'), 'Gemeente ' || h || '-' || m
from generate_series(5, 30) h, generate_series(1, 10) m
on conflict (house, name) do nothing;
create temp table b_muni as
select house, name, row_number() over (partition by house order by name) - 1 as k,
       count(*) over (partition by house) as n
from municipality
where active and (house in ('markiezaten', 'haaglanden', 'drenthe', 'zeeland') or house like 'bench-%');
create temp table b_house as
select house, n, row_number() over (order by house) - 1 as h, count(*) over () as houses
from (select distinct house, n from b_muni) x;
-- r1, r2: deterministic numbers 0 .. 2^28 from the signal's number
create temp table b_signal as
select i, md5('bench-signal-' || i)::uuid as id, x.house, m.name as municipality, r1, r2,
       current_date - 1095 + (i * 7919) % 1095 as received_on
from (select i, ('x' || substr(md5('bench-r-' || i), 1, 7))::bit(28)::int as r1,
             ('x' || substr(md5('bench-s-' || i), 1, 7))::bit(28)::int as r2
      from generate_series(1, :signals) i) g
join b_house x on x.h = g.i % x.houses
join b_muni m on m.house = x.house and m.k = g.i % x.n;
insert into signal (id, house, received_on, channel, source_type, source_name, reporter_organisation,
                    reporter_user_id, external_reference, source_referral_id, municipality,
                    primary_exploitation_type, residence_status, minor, also_suspect, description, outcome, outcome_on,
                    advice, outcome_rationale, reported_to_national_centre, national_report_on,
                    national_reporting_organisation, national_report_reference, created_at)
select s.id, s.house, s.received_on,
       (array['PARTNER_API', 'PARTNER_API', 'COORDINATOR', 'COORDINATOR', 'TRIAGE'])[1 + s.r1 % 5],
       (array['POLICE_AVIM', 'LABOUR_INSPECTORATE', 'MUNICIPALITY', 'CARE_PROVIDER', 'OTHER'])[1 + s.r2 % 5],
       case when s.r2 % 5 = 4 then 'Bench-melder' end,
       (array['Politie', 'Nederlandse Arbeidsinspectie', 'Gemeente', 'Zorgaanbieder', 'Veiligheidshuis'])
           [1 + s.r2 % 5],
       'bench-generator',
       case when s.r1 % 5 < 2 then 'BENCH-' || s.i end,
       case when s.r1 % 5 = 4 then md5('bench-referral-' || s.i)::uuid end,
       s.municipality,
       (array['SEXUAL', 'SEXUAL', 'LABOUR', 'LABOUR', 'CRIMINAL', 'FORCED_BEGGING', 'OTHER_UNCLEAR'])[1 + s.r2 / 5 % 7],
       (array['NOT_RELEVANT', 'RELEVANT', 'UNKNOWN'])[1 + s.r1 / 5 % 3],
       case s.r1 / 15 % 7 when 0 then true when 1 then null else false end,
       s.r2 / 35 % 10 = 0,
       'Gegenereerde melding',
       case when s.received_on < current_date - 30 then
           case when s.r1 / 105 % 10 < 7 then 'ADVICE' else 'COORDINATED_APPROACH' end end,
       case when s.received_on < current_date - 30 then s.received_on + 10 end,
       case when s.received_on < current_date - 30 and s.r1 / 105 % 10 < 7
            then 'Doorverwezen naar de zorgaanbieder' end,
       case when s.received_on < current_date - 30 then 'Gegenereerd' end,
       case when s.received_on < current_date - 30 and s.r1 / 105 % 10 >= 7 then s.r2 / 350 % 5 <> 0 end,
       case when s.received_on < current_date - 30 and s.r1 / 105 % 10 >= 7 and s.r2 / 350 % 5 <> 0
            then s.received_on + 20 end,
       case when s.received_on < current_date - 30 and s.r1 / 105 % 10 >= 7 and s.r2 / 350 % 5 <> 0
            then 'ZVH ' || s.house end,
       case when s.received_on < current_date - 30 and s.r1 / 105 % 10 >= 7 and s.r2 / 350 % 5 <> 0
            then 'CM-BENCH-' || s.i end,
       s.received_on::timestamp at time zone 'Europe/Amsterdam'
from b_signal s;
insert into signal_exploitation_type (signal_id, type)
select id, primary_exploitation_type from signal where reporter_user_id = 'bench-generator'
union
select id, 'LABOUR' from signal
where reporter_user_id = 'bench-generator' and primary_exploitation_type = 'CRIMINAL';
insert into signal_person (id, signal_id, role, first_name, last_name, date_of_birth, nationality, position)
select md5('bench-person-' || s.id)::uuid, s.id, 'PRESUMED_VICTIM',
       (array['Daria', 'Jan', 'Mirela', 'Anna', 'Tomasz', 'Grace', 'Sofia', 'Ion', 'Lina', 'Eva'])[1 + s.r2 % 10],
       (array['Petrova', 'Nowak', 'Constantin', 'Jansen', 'Kowalski', 'Okafor', 'Popescu', 'de Vries', 'Ivanova',
              'Bakker'])[1 + s.r1 % 10] || ' ' || (s.i % 997),
       date '1965-01-01' + (s.r1 % 20000), 'Onbekend', 0
from b_signal s;
-- a coordinated approach per such decision; closed when it started over a year ago
insert into approach (id, signal_id, house, municipality, status, started_on, started_by, closed_on, closure_reason,
                      safety_measures)
select md5('bench-approach-' || id)::uuid, id, house, municipality,
       case when outcome_on < current_date - 365 then 'CLOSED' else 'OPEN' end, outcome_on, 'bench-generator',
       case when outcome_on < current_date - 365 then outcome_on + 300 end,
       case when outcome_on < current_date - 365 then 'GOALS_REACHED' end, 'Adres afgeschermd'
from signal where reporter_user_id = 'bench-generator' and outcome = 'COORDINATED_APPROACH';
insert into shelter_request (id, approach_id, shelter_name, categorical, status, asked_on, refusal_reason, placed_on,
                             position)
select md5('bench-shelter-' || a.id || k)::uuid, a.id, (array['COSM Amsterdam', 'Safegroup Breda'])[k], k = 1,
       (array['REFUSED', 'PLACED'])[k], a.started_on, case when k = 1 then 'Vol' end,
       case when k = 2 then a.started_on + 2 end, k - 1
from approach a, generate_series(1, 2) k where a.started_by = 'bench-generator';
-- the signals table: one session a month per house, early the next month, discussing a third of the month's signals
create temp table b_table as
select md5('bench-table-' || h.house || mo)::uuid as id, h.house,
       (date_trunc('month', current_date) - make_interval(months => mo))::date as month
from b_house h, generate_series(1, 36) mo;
insert into signals_table_session (id, house, held_on, follow_up, created_at)
select id, house, least(current_date, (month + interval '1 month')::date + 4), 'Gegenereerd (bench-generator)', now()
from b_table;
insert into signals_table_attendee (session_id, position, attendee)
select t.id, k - 1, (array['Politie', 'Gemeente'])[k] from b_table t, generate_series(1, 2) k;
insert into signals_table_signal (session_id, signal_id)
select t.id, s.id
from b_signal s join b_table t on t.house = s.house and t.month = date_trunc('month', s.received_on)::date
where s.i % 3 = 0;
insert into awareness_session (id, house, held_on, audience, organisation, participants, topic, created_at)
select md5('bench-awareness-' || h.house || q)::uuid, h.house, current_date - 30 - 91 * q, 'Wijkagenten',
       'Gemeente', 10 + q % 30, 'Gegenereerd (bench-generator)', now()
from b_house h, generate_series(0, 11) q;
commit;
analyze signal;
analyze signal_person;
analyze approach;
analyze shelter_request;
analyze signals_table_signal;
