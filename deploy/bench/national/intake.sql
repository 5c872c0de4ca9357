-- National volume for intake (deploy/bench/generate-national.sh): 30 houses (the 4 real ones + bench-05..bench-30),
-- :referrals referrals spread over :years years up to now, deterministic (setseed), marked referrer_user_id =
-- 'bench-generator' so a re-run replaces them. One main person and one or two problem areas per referral.
\set ON_ERROR_STOP on
begin;
select setseed(0.42) \g /dev/null
delete from referral where referrer_user_id = 'bench-generator';
insert into house (code, name, seat)
select 'bench-' || lpad(h::text, 2, '0'), 'Benchhuis ' || h, 'Plaats ' || h from generate_series(5, 30) h
on conflict do nothing;
insert into municipality (house, name)
select 'bench-' || lpad(h::text, 2, '0'), 'Gemeente ' || h || '-' || m from generate_series(5, 30) h, generate_series(1, 10) m
on conflict do nothing;
insert into partner_organisation (house, name, domain)
select 'bench-' || lpad(h::text, 2, '0'), 'Partner ' || d || ' ' || h, d
from generate_series(5, 30) h, unnest(array['JUSTICE', 'CARE', 'MUNICIPALITY', 'YOUTH', 'HOUSING', 'OTHER']) d
on conflict do nothing;

create temp table b_house as
select code, row_number() over (order by code) as n from house
where code in ('markiezaten', 'haaglanden', 'drenthe', 'zeeland') or code like 'bench-%';
create temp table b_muni as
select house, name, (row_number() over (partition by house order by name) - 1)::int as i,
       (count(*) over (partition by house))::int as k
from municipality where house in (select code from b_house);
create temp table b_org as
select house, name, domain, (row_number() over (partition by house order by name) - 1)::int as i,
       (count(*) over (partition by house))::int as k
from partner_organisation where house in (select code from b_house);

create temp table b_referral as
select gen_random_uuid() as id, h.code as house, s as seq,
       date_trunc('year', now()) - make_interval(years => :years - 1)
         + random() * (now() - interval '1 day' - (date_trunc('year', now()) - make_interval(years => :years - 1))) as at,
       random() as r
from b_house h, generate_series(1, (:referrals / (select count(*) from b_house))::int) s;

insert into referral (id, house, status, municipality, referrer_user_id, referrer_organisation, referrer_domain,
                      question, urgency, person_informed, created_at, submitted_at, decided_at, outcome,
                      outcome_programme, withdrawn_at)
select g.id, g.house,
       case when g.r < 0.90 then 'DECIDED' when g.r < 0.95 then 'WITHDRAWN' else 'SUBMITTED' end,
       m.name, 'bench-generator', o.name, o.domain, 'Gegenereerde aanmelding', 'NORMAL', 'INFORMED', g.at, g.at,
       case when g.r < 0.90 then g.at + make_interval(days => 3 + (g.seq % 10)) end,
       case when g.r < 0.35 then 'APPROACH_STARTED' when g.r < 0.80 then 'ADVICE' when g.r < 0.90 then 'NO_ACTION' end,
       case when g.r < 0.35 then (array['COVECA', 'COVECA', 'REINTEGRATION', 'TRAFFICKING', 'LIFECOURSE'])[1 + g.seq % 5] end,
       case when g.r >= 0.90 and g.r < 0.95 then g.at + interval '2 days' end
from b_referral g
join b_muni m on m.house = g.house and m.i = g.seq % m.k
join b_org o on o.house = g.house and o.i = (g.seq / 7) % o.k;

insert into referral_person (id, referral_id, role, first_name, last_name, date_of_birth, gender, position)
select gen_random_uuid(), id, 'MAIN', 'Bench', 'Persoon', date '1950-01-01' + (random() * 25000)::int,
       case when random() < 0.6 then 'MALE' else 'FEMALE' end, 0
from b_referral;
insert into referral_problem_area (referral_id, code)
select id, (array['PSYCHIATRIC', 'PSYCHOLOGICAL', 'HOUSING_NUISANCE', 'ADDICTION', 'CONFUSED_BEHAVIOUR', 'CARE_AVOIDANCE',
                  'DOMESTIC_VIOLENCE', 'STALKING', 'MILD_INTELLECTUAL_DISABILITY', 'RADICALISATION', 'EXPLOITATION',
                  'YOUTH_CRIME', 'DEBTS', 'HOMELESSNESS', 'HIGH_IMPACT_CRIME'])[1 + x]
from b_referral, lateral (select distinct (seq * k * 7 + k) % 15 as x from generate_series(1, 1 + seq % 2) k) a
on conflict do nothing;
commit;
analyze referral;
analyze referral_person;
analyze referral_problem_area;
