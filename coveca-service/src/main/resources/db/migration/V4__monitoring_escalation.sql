-- Life-domain monitoring: rounds per person in a case, each scoring life domains 1 (severe problems) to 5 (none).
create table monitoring_round (
    id         uuid primary key,
    case_id    uuid         not null references coveca_case (id),
    person_id  uuid         not null,
    round_no   integer      not null,
    scored_on  date         not null,
    scored_by  varchar(100) not null,
    created_at timestamptz  not null,
    unique (case_id, person_id, round_no)
);
create table monitoring_score (
    round_id    uuid        not null references monitoring_round (id),
    life_domain varchar(40) not null,
    score       smallint    not null check (score between 1 and 5),
    primary key (round_id, life_domain)
);

-- Escalation and de-escalation along the AVE levels (case, process, management, administrative).
create table escalation (
    id          uuid primary key,
    case_id     uuid          not null references coveca_case (id),
    direction   varchar(30)   not null,
    level       varchar(20),
    question    varchar(4000) not null,
    answer      varchar(4000),
    raised_at   timestamptz   not null,
    raised_by   varchar(100)  not null,
    answered_at timestamptz,
    answered_by varchar(100)
);
create index escalation_case on escalation (case_id, raised_at);

-- Consultations of the expert pool (medical director, learning-disability expert, national flying squad, ...).
create table expert_consultation (
    id           uuid primary key,
    case_id      uuid          not null references coveca_case (id),
    expert_type  varchar(30)   not null,
    expert_name  varchar(200),
    question     varchar(4000) not null,
    advice       varchar(4000),
    consulted_on date          not null,
    recorded_by  varchar(100)  not null,
    created_at   timestamptz   not null
);
create index expert_consultation_case on expert_consultation (case_id);

-- ZSM scenario/advice for the prosecution's fast-track table; valid three months, then expired and not served.
create table zsm_scenario (
    id          uuid primary key,
    case_id     uuid          not null references coveca_case (id),
    person_id   uuid          not null,
    scenario    varchar(4000) not null,
    advice      varchar(4000),
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    valid_until date          not null
);
create index zsm_scenario_case on zsm_scenario (case_id);
