-- The triage instrument per house: danger criteria and contributing factors, each scored 0-3 and weighted.
-- house '*' is the default for houses without their own items.
create table instrument_item (
    house    varchar(50)  not null,
    code     varchar(60)  not null,
    kind     varchar(20)  not null,
    label    varchar(200) not null,
    weight   integer      not null check (weight between 1 and 10),
    position integer      not null,
    primary key (house, code)
);
insert into instrument_item values
    ('*', 'VIOLENCE', 'DANGER', 'Geweld of dreiging met geweld', 3, 1),
    ('*', 'DOMESTIC_VIOLENCE', 'DANGER', 'Huiselijk geweld of kindermishandeling', 3, 2),
    ('*', 'WEAPONS', 'DANGER', 'Wapenbezit', 2, 3),
    ('*', 'SELF_HARM', 'DANGER', 'Gevaar voor zichzelf', 2, 4),
    ('*', 'ADDICTION', 'CONTRIBUTING', 'Verslaving', 1, 5),
    ('*', 'PSYCHIATRIC', 'CONTRIBUTING', 'Psychiatrische problematiek', 1, 6),
    ('*', 'HOUSING', 'CONTRIBUTING', 'Woonproblemen of overlast', 1, 7),
    ('*', 'DEBTS', 'CONTRIBUTING', 'Schulden', 1, 8),
    ('*', 'CARE_AVOIDANCE', 'CONTRIBUTING', 'Zorgmijding', 1, 9),
    ('markiezaten', 'VIOLENCE', 'DANGER', 'Geweld of dreiging met geweld', 3, 1),
    ('markiezaten', 'DOMESTIC_VIOLENCE', 'DANGER', 'Huiselijk geweld of kindermishandeling', 3, 2),
    ('markiezaten', 'WEAPONS', 'DANGER', 'Wapenbezit', 2, 3),
    ('markiezaten', 'RADICALISATION', 'DANGER', 'Radicalisering', 3, 4),
    ('markiezaten', 'ADDICTION', 'CONTRIBUTING', 'Verslaving', 1, 5),
    ('markiezaten', 'PSYCHIATRIC', 'CONTRIBUTING', 'Psychiatrische problematiek', 2, 6),
    ('markiezaten', 'LVB', 'CONTRIBUTING', 'Licht verstandelijke beperking', 1, 7),
    ('markiezaten', 'HOUSING', 'CONTRIBUTING', 'Woonproblemen of overlast', 1, 8),
    ('markiezaten', 'DEBTS', 'CONTRIBUTING', 'Schulden', 1, 9);

-- The table's scoring of one referral (the latest one counts).
create table assessment (
    referral_id                   uuid primary key references triage_referral (referral_id),
    scores                        varchar(4000) not null,
    danger_score                  integer       not null,
    contributing_score            integer       not null,
    children_in_household         boolean       not null,
    multiple_life_domains         boolean       not null,
    several_chains_with_coercion  boolean       not null,
    impact_on_family_or_environment boolean     not null,
    serious_local_safety_problems boolean       not null,
    recommendation                varchar(30)   not null,
    recommended_intensity         varchar(20),
    assessed_at                   timestamptz   not null,
    assessed_by                   varchar(200)  not null
);
