-- Human-trafficking care coordination: signals (meldingen), their outcome, the coordinated approach with its care
-- route (shelter requests, agreements), national registration (CoMensha), signals table and awareness sessions.

create table municipality (
    house  varchar(50)  not null,
    name   varchar(100) not null,
    active boolean      not null default true,
    primary key (house, name)
);

create table signal (
    id                              uuid primary key,
    house                           varchar(50)   not null,
    received_on                     date          not null,
    channel                         varchar(20)   not null,
    source_type                     varchar(30)   not null,
    source_name                     varchar(200),
    reporter_organisation           varchar(200)  not null,
    reporter_user_id                varchar(200),
    external_reference              varchar(100),
    source_referral_id              uuid unique,
    municipality                    varchar(100)  not null,
    primary_exploitation_type       varchar(30)   not null,
    residence_status                varchar(20)   not null,
    minor                           boolean,
    also_suspect                    boolean       not null default false,
    victim_perspective              varchar(4000),
    perpetrator_perspective         varchar(4000),
    description                     varchar(4000),
    outcome                         varchar(30),
    outcome_on                      date,
    advice                          varchar(4000),
    reported_to_national_centre     boolean,
    national_report_on              date,
    national_reporting_organisation varchar(200),
    created_at                      timestamptz   not null,
    version                         integer       not null default 0
);
create index signal_house_received on signal (house, received_on);
create unique index signal_external_reference on signal (reporter_organisation, external_reference)
    where external_reference is not null;

create table signal_exploitation_type (
    signal_id uuid        not null references signal (id) on delete cascade,
    type      varchar(30) not null,
    primary key (signal_id, type)
);

create table signal_indicator (
    signal_id uuid          not null references signal (id) on delete cascade,
    position  integer       not null,
    indicator varchar(500)  not null,
    primary key (signal_id, position)
);

create table signal_person (
    id             uuid primary key,
    signal_id      uuid          not null references signal (id) on delete cascade,
    role           varchar(30)   not null,
    first_name     varchar(100),
    surname_prefix varchar(30),
    last_name      varchar(100),
    date_of_birth  date,
    estimated_age  integer,
    nationality    varchar(100),
    bsn            varchar(9),
    notes          varchar(1000),
    position       integer       not null
);
create index signal_person_signal on signal_person (signal_id);

create table approach (
    id                        uuid primary key,
    signal_id                 uuid          not null unique references signal (id),
    house                     varchar(50)   not null,
    municipality              varchar(100)  not null,
    status                    varchar(20)   not null,
    started_on                date          not null,
    started_by                varchar(200)  not null,
    closed_on                 date,
    closure_reason            varchar(30),
    closure_notes             varchar(2000),
    safety_measures           varchar(4000),
    legal_aid                 varchar(2000),
    medical_care              varchar(2000),
    reflection_period_start   date,
    reflection_period_end     date,
    residence_procedure       varchar(500),
    residence_applied_on      date,
    residence_decided_on      date,
    version                   integer       not null default 0
);
create index approach_house_status on approach (house, status);

create table shelter_request (
    id              uuid primary key,
    approach_id     uuid          not null references approach (id) on delete cascade,
    shelter_name    varchar(200)  not null,
    categorical     boolean       not null,
    status          varchar(20)   not null,
    asked_on        date          not null,
    refusal_reason  varchar(1000),
    placed_on       date,
    left_on         date,
    position        integer       not null
);
create index shelter_request_approach on shelter_request (approach_id);

create table agreement (
    id                 uuid primary key,
    approach_id        uuid          not null references approach (id) on delete cascade,
    description        varchar(1000) not null,
    owner_organisation varchar(200)  not null,
    due_date           date          not null,
    status             varchar(20)   not null,
    drop_reason        varchar(1000),
    done_on            date,
    position           integer       not null
);
create index agreement_approach on agreement (approach_id);

-- Signals table (signalentafel): periodic sessions with police, labour inspectorate and municipality.
create table signals_table_session (
    id        uuid primary key,
    house     varchar(50)   not null,
    held_on   date          not null,
    follow_up varchar(4000),
    created_at timestamptz  not null
);
create table signals_table_attendee (
    session_id   uuid         not null references signals_table_session (id) on delete cascade,
    position     integer      not null,
    attendee     varchar(200) not null,
    primary key (session_id, position)
);
create table signals_table_signal (
    session_id uuid not null references signals_table_session (id) on delete cascade,
    signal_id  uuid not null references signal (id),
    primary key (session_id, signal_id)
);

-- Awareness sessions register: trainings and presentations given.
create table awareness_session (
    id           uuid primary key,
    house        varchar(50)   not null,
    held_on      date          not null,
    audience     varchar(300)  not null,
    organisation varchar(200)  not null,
    participants integer       not null,
    topic        varchar(500),
    created_at   timestamptz   not null
);
create index awareness_session_house on awareness_session (house, held_on);
