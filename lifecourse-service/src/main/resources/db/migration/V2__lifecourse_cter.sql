-- Life-course candidates (and, once included, clients), inclusion-table sessions, client follow-up, CTER.
create table candidate (
    id                  uuid primary key,
    house               varchar(50)  not null,
    municipality        varchar(100) not null,
    person_id           uuid         not null,
    first_name          varchar(100),
    last_name           varchar(200) not null,
    date_of_birth       date,
    source              varchar(20)  not null,
    source_referral_id  uuid,
    status              varchar(20)  not null,
    safety_note         varchar(2000),
    created_at          timestamptz  not null,
    included_at         timestamptz
);
create unique index candidate_referral on candidate (house, source_referral_id) where source_referral_id is not null;
create table inclusion_session (
    id          uuid primary key,
    house       varchar(50)   not null,
    session_date date         not null,
    attendees   varchar(2000) not null,
    created_at  timestamptz   not null
);
create table inclusion_decision (
    id                  uuid primary key,
    session_id          uuid not null references inclusion_session (id),
    candidate_id        uuid not null references candidate (id),
    decision            varchar(20) not null,
    reason              varchar(2000),
    capacity_overridden boolean not null,
    decided_by          varchar(100) not null,
    decided_at          timestamptz not null
);
create table case_manager (
    id            uuid primary key,
    candidate_id  uuid not null references candidate (id),
    organisation  varchar(200) not null,
    username      varchar(100) not null,
    assigned_at   timestamptz  not null
);
create unique index case_manager_unique on case_manager (candidate_id, lower(organisation), lower(username));
create table client_entry (
    id            uuid primary key,
    candidate_id  uuid not null references candidate (id),
    kind          varchar(20)  not null,
    subtype       varchar(40)  not null,
    entry_date    date         not null,
    outcome       varchar(40),
    text          varchar(4000),
    next_date     date,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null
);
create index client_entry_candidate on client_entry (candidate_id);
create table cter_person (
    id            uuid primary key,
    house         varchar(50)  not null,
    municipality  varchar(100) not null,
    person_id     uuid         not null,
    first_name    varchar(100),
    last_name     varchar(200) not null,
    source        varchar(200) not null,
    ideology      varchar(40)  not null,
    outcome       varchar(40),
    follow_up     varchar(2000),
    review_date   date,
    reported_at   timestamptz  not null
);
create table cter_session (
    id           uuid primary key,
    house        varchar(50)   not null,
    session_date date          not null,
    attendees    varchar(2000) not null,
    created_at   timestamptz   not null
);
create table cter_weighing (
    id              uuid primary key,
    session_id      uuid not null references cter_session (id),
    person_id       uuid not null references cter_person (id),
    safety_officer  varchar(200) not null,
    outcome         varchar(40)  not null,
    follow_up       varchar(2000),
    review_date     date,
    decided_by      varchar(100) not null,
    decided_at      timestamptz  not null
);
