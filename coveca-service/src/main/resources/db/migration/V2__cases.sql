-- CoVeCa cases (complexe casuïstiek): persons, involved partners, reopenings.
create table coveca_case (
    id                       uuid primary key,
    house                    varchar(50)  not null,
    municipality             varchar(100) not null,
    intensity                varchar(20)  not null,
    sub_approach             varchar(30)  not null,
    status                   varchar(30)  not null,
    source                   varchar(20)  not null,
    source_referral_id       uuid,
    source_track_id          uuid,
    process_director_id      varchar(100),
    process_director_name    varchar(200),
    start_date               date         not null,
    opened_at                timestamptz  not null,
    closed_at                timestamptz,
    closure_reason           varchar(40),
    receiving_municipality   varchar(100),
    closure_note             varchar(4000),
    closing_meeting_id       uuid,
    closure_requested_by     varchar(100),
    closure_requested_at     timestamptz,
    escalation_level         varchar(20),
    plan_version             integer      not null default 0,
    plan_approved_version    integer      not null default 0,
    plan_changed_by          varchar(100),
    version                  bigint       not null default 0
);
create unique index coveca_case_referral on coveca_case (house, source_referral_id) where source_referral_id is not null;
create unique index coveca_case_track on coveca_case (house, source_track_id) where source_track_id is not null;
create index coveca_case_house_status on coveca_case (house, status);

create table case_person (
    id             uuid primary key,
    case_id        uuid         not null references coveca_case (id),
    person_id      uuid         not null,
    role           varchar(20)  not null,
    relation       varchar(30),
    first_name     varchar(100) not null,
    surname_prefix varchar(30),
    last_name      varchar(100) not null,
    date_of_birth  date,
    bsn            varchar(9),
    added_at       timestamptz  not null,
    unique (case_id, person_id)
);
create index case_person_person on case_person (person_id);

create table case_partner (
    id            uuid primary key,
    case_id       uuid         not null references coveca_case (id),
    organisation  varchar(200) not null,
    contact_name  varchar(200),
    contact_phone varchar(50),
    contact_email varchar(200),
    added_at      timestamptz  not null,
    unique (case_id, organisation)
);
create index case_partner_organisation on case_partner (organisation, case_id);

create table case_reopening (
    id           uuid primary key,
    case_id      uuid          not null references coveca_case (id),
    reopened_at  timestamptz   not null,
    reopened_by  varchar(100)  not null,
    reason       varchar(2000) not null,
    previous_closure_reason varchar(40)
);
