-- National volume for re-integration (deploy/bench/generate-national.sh): :tracks tracks (default 40 000) over the
-- 30 houses, detentions of the last three years. Each track has its five basic conditions; a released track that
-- left prison over half a year ago is closed. Deterministic (ids and choices from md5 of the track's number, no
-- random()); every generated track carries institution 'PI Benchmark (gegenereerd)', so a re-run replaces them
-- (conditions, history, aftercare, BIJ and escalations go with the track: on delete cascade).
-- Respects V2, V40, V44: municipality is a foreign key (name unique over all houses), source DJI or TRIAGE,
-- release dates never before the detention date, close_reason one of the six, condition and status from their lists.
\set ON_ERROR_STOP on
\if :{?tracks}
\else
\set tracks 40000
\endif
begin;
delete from track where institution = 'PI Benchmark (gegenereerd)';
-- the bench houses' municipalities (the four real houses have theirs from V3); names as intake.sql generates them
insert into municipality (name, house)
select 'Gemeente ' || h || '-' || m, 'bench-' || lpad(h::text, 2, '0')
from generate_series(5, 30) h, generate_series(1, 10) m
on conflict (name) do nothing;
create temp table b_muni as
select house, name, row_number() over (partition by house order by name) - 1 as k,
       count(*) over (partition by house) as n
from municipality
where house in ('markiezaten', 'haaglanden', 'drenthe', 'zeeland') or house like 'bench-%';
create temp table b_house as
select house, n, row_number() over (order by house) - 1 as h, count(*) over () as houses
from (select distinct house, n from b_muni) x;
-- r1, r2: deterministic numbers 0 .. 2^28 from the track's number
create temp table b_track as
select i, md5('bench-track-' || i)::uuid as id, x.house, x.n,
       ('x' || substr(md5('bench-r-' || i), 1, 7))::bit(28)::int as r1,
       ('x' || substr(md5('bench-s-' || i), 1, 7))::bit(28)::int as r2,
       current_date - 1095 + (i * 7919) % 1095 as detention_date
from generate_series(1, :tracks) i
join b_house x on x.h = i % x.houses;
insert into track (id, house, municipality, source, source_referral_id, dji_detention_id, person_id, first_name,
                   surname_prefix, last_name, date_of_birth, bsn, dji_person_number, institution, detention_date,
                   expected_release_date, actual_release_date, consent, consent_date, consent_recorded_by,
                   coordinator, closed_on, close_reason, created_at)
select t.id, t.house, m.name,
       case when t.r1 % 10 = 0 then 'TRIAGE' else 'DJI' end,
       case when t.r1 % 10 = 0 then md5('bench-referral-' || t.i)::uuid end,
       'BENCH-' || t.i,
       md5('bench-person-' || t.i)::uuid,
       (array['Sem', 'Daan', 'Lucas', 'Milan', 'Noah', 'Anna', 'Emma', 'Fenna', 'Mohamed', 'Kevin'])[1 + t.r2 % 10],
       case when t.r2 % 7 = 0 then 'van' end,
       (array['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos', 'Vos',
              'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Dijkstra', 'Verhoef', 'Kok', 'Yilmaz', 'El Amrani',
              'Willems'])[1 + (t.r2 / 10) % 20] || ' ' || (t.i % 997),
       date '1960-01-01' + (t.r1 % 14000),
       null, 'P' || t.i, 'PI Benchmark (gegenereerd)', t.detention_date,
       t.detention_date + 30 + (t.r1 / 7) % 900,
       case when t.detention_date + 30 + (t.r1 / 7) % 900 < current_date
            then t.detention_date + 30 + (t.r1 / 7) % 900 end,
       case when t.r2 % 5 = 0 then 'NOT_ASKED' else 'GIVEN' end,
       case when t.r2 % 5 <> 0 then least(current_date, t.detention_date + 14) end,
       case when t.r2 % 5 <> 0 then 'Benchmark-coördinator' end,
       case when t.r2 % 5 <> 0 then 'Benchmark-coördinator' end,
       case when t.detention_date + 30 + (t.r1 / 7) % 900 < current_date - 180
            then t.detention_date + 30 + (t.r1 / 7) % 900 + 120 end,
       case when t.detention_date + 30 + (t.r1 / 7) % 900 < current_date - 180 then 'COMPLETED' end,
       t.detention_date::timestamp at time zone 'Europe/Amsterdam'
from b_track t
join b_muni m on m.house = t.house and m.k = t.i % t.n;
-- the five basic conditions: without consent all UNKNOWN (the track's rule); with consent mostly done, some open
insert into track_condition (track_id, condition, status, responsible_partner, updated_at, updated_by)
select t.id, c.condition,
       case when t.consent <> 'GIVEN' then 'UNKNOWN'
            else (array['ARRANGED', 'ARRANGED', 'IN_ORDER', 'NOT_APPLICABLE', 'ACTION_NEEDED', 'UNKNOWN'])
                 [1 + (('x' || substr(md5(t.id::text || c.condition), 1, 7))::bit(28)::int % 6)] end,
       case when t.consent = 'GIVEN' then 'Gemeente ' || t.municipality end,
       case when t.consent = 'GIVEN' then t.created_at + interval '20 days' end,
       case when t.consent = 'GIVEN' then 'Benchmark-coördinator' end
from track t
cross join (values ('VALID_ID'), ('HOUSING'), ('INCOME_OR_DAYTIME_ACTIVITY'), ('DEBTS'), ('CARE')) c(condition)
where t.institution = 'PI Benchmark (gegenereerd)';
update track t set ready_at_release = not exists (
        select 1 from track_condition c where c.track_id = t.id and c.status in ('UNKNOWN', 'ACTION_NEEDED'))
where t.institution = 'PI Benchmark (gegenereerd)' and t.actual_release_date is not null;
-- a BIJ item for one track in twelve, notified two weeks before the (expected) release, never after the release
insert into bij_item (id, track_id, offence_category, mayor_notified_on, assessment, assessed_on, measures, created_at)
select md5('bench-bij-' || t.id)::uuid, t.id,
       case when ('x' || substr(md5('bench-bij-' || t.id), 1, 7))::bit(28)::int % 2 = 0
            then 'SEXUAL' else 'SERIOUS_VIOLENT' end,
       least(current_date, greatest(t.detention_date, t.expected_release_date - 14)),
       'NO_UNREST_EXPECTED', least(current_date, greatest(t.detention_date, t.expected_release_date - 14)), null,
       t.created_at
from track t
where t.institution = 'PI Benchmark (gegenereerd)'
  and ('x' || substr(md5('bench-b-' || t.id), 1, 7))::bit(28)::int % 12 = 0;
commit;
analyze track;
analyze track_condition;
analyze bij_item;
