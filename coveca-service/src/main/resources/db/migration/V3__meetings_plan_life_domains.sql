-- Network meetings (ketenberaad, casusoverleg, focusoverleg, closing meeting) with participants and decisions.
create table network_meeting (
    id             uuid primary key,
    case_id        uuid          not null references coveca_case (id),
    kind           varchar(30)   not null,
    scheduled_at   timestamptz   not null,
    location       varchar(200),
    online         boolean       not null default false,
    agenda         varchar(4000),
    status         varchar(20)   not null,
    minutes        text,
    client_present boolean,
    held_at        timestamptz,
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null
);
create index network_meeting_case on network_meeting (case_id, scheduled_at);
create index network_meeting_date on network_meeting (scheduled_at);

create table meeting_participant (
    id           uuid primary key,
    meeting_id   uuid         not null references network_meeting (id),
    organisation varchar(200) not null,
    name         varchar(200),
    attended     boolean,
    position     integer      not null
);

create table meeting_decision (
    id         uuid primary key,
    meeting_id uuid          not null references network_meeting (id),
    position   integer       not null,
    text       varchar(2000) not null
);

-- Life domains (leefgebieden) as house reference data; house '*' holds the default list.
create table life_domain (
    house    varchar(50)  not null,
    code     varchar(40)  not null,
    name_nl  varchar(100) not null,
    name_en  varchar(100) not null,
    position integer      not null,
    primary key (house, code)
);
insert into life_domain (house, code, name_nl, name_en, position) values
    ('*', 'FINANCES', 'Financiën', 'Finances', 1),
    ('*', 'WORK_EDUCATION', 'Werk en opleiding', 'Work and education', 2),
    ('*', 'DAYTIME_ACTIVITY', 'Tijdsbesteding', 'Daytime activity', 3),
    ('*', 'HOUSING', 'Huisvesting', 'Housing', 4),
    ('*', 'DOMESTIC_RELATIONS', 'Huiselijke relaties', 'Domestic relations', 5),
    ('*', 'MENTAL_HEALTH', 'Geestelijke gezondheid', 'Mental health', 6),
    ('*', 'PHYSICAL_HEALTH', 'Lichamelijke gezondheid', 'Physical health', 7),
    ('*', 'SUBSTANCE_USE', 'Middelengebruik', 'Substance use', 8),
    ('*', 'BASIC_ADL', 'Basale ADL', 'Basic daily living', 9),
    ('*', 'INSTRUMENTAL_ADL', 'Instrumentele ADL', 'Instrumental daily living', 10),
    ('*', 'SOCIAL_NETWORK', 'Sociaal netwerk', 'Social network', 11),
    ('*', 'SOCIAL_PARTICIPATION', 'Maatschappelijke participatie', 'Social participation', 12),
    ('*', 'JUSTICE', 'Justitie', 'Justice', 13);

-- Action plan (plan van aanpak): goals per life domain and agreements owned by a partner.
create table plan_goal (
    id          uuid primary key,
    case_id     uuid          not null references coveca_case (id),
    life_domain varchar(40)   not null,
    description varchar(2000) not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);
create index plan_goal_case on plan_goal (case_id);

create table agreement (
    id                 uuid primary key,
    case_id            uuid          not null references coveca_case (id),
    goal_id            uuid references plan_goal (id),
    meeting_id         uuid references network_meeting (id),
    description        varchar(2000) not null,
    owner_organisation varchar(200)  not null,
    owner_person       varchar(200),
    due_date           date          not null,
    status             varchar(20)   not null,
    drop_reason        varchar(2000),
    status_changed_at  timestamptz   not null,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    version            bigint        not null default 0
);
create index agreement_case on agreement (case_id);
create index agreement_open_due on agreement (due_date) where status = 'OPEN';

-- History of the plan: every change of a goal or agreement, with a snapshot (a changed plan keeps its history).
create table plan_change (
    id           bigserial primary key,
    case_id      uuid         not null references coveca_case (id),
    plan_version integer      not null,
    subject_type varchar(20)  not null,
    subject_id   uuid,
    change       varchar(30)  not null,
    snapshot     text,
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null
);
create index plan_change_case on plan_change (case_id, id);
