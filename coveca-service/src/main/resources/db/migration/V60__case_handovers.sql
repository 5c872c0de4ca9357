-- Handover of a case to another house (issue 25): the sending house's row (its case, the receiving house and
-- municipality, the summary the sender chose, the answer) and the receiving house's incoming request (a copy of the
-- summary, scoped to the receiving house; it becomes a case there when accepted). The two rows share the handover's id
-- and meet only through the events CaseHandoverRequested / CaseHandoverAccepted / CaseHandoverDeclined.
create table case_handover (
    id                     uuid primary key,
    house                  varchar(50)  not null,
    case_id                uuid         not null references coveca_case (id),
    receiving_house        varchar(50)  not null,
    receiving_municipality varchar(100) not null,
    summary                text         not null,
    with_life_domains      boolean      not null,
    with_plan_goals        boolean      not null,
    status                 varchar(20)  not null,
    requested_by           varchar(100) not null,
    requested_by_name      varchar(200),
    requested_at           timestamptz  not null,
    answered_at            timestamptz,
    decline_reason         text,
    version                bigint       not null default 0
);
create index case_handover_case on case_handover (case_id);
create index case_handover_house on case_handover (house, status);
-- one handover at a time per case
create unique index case_handover_one_pending on case_handover (case_id) where status = 'REQUESTED';

create table incoming_handover (
    id                     uuid primary key,
    house                  varchar(50)  not null,
    sending_house          varchar(50)  not null,
    sending_case_id        uuid         not null,
    receiving_municipality varchar(100) not null,
    intensity              varchar(20)  not null,
    sub_approach           varchar(30)  not null,
    summary                text         not null,
    life_domains           text,
    plan_goals             text,
    requested_by_name      varchar(200),
    requested_at           timestamptz  not null,
    received_at            timestamptz  not null,
    status                 varchar(20)  not null,
    decided_by             varchar(100),
    decided_by_name        varchar(200),
    decided_at             timestamptz,
    decline_reason         text,
    new_case_id            uuid references coveca_case (id),
    erased_at              timestamptz,
    version                bigint       not null default 0
);
create index incoming_handover_house on incoming_handover (house, status);
create index incoming_handover_new_case on incoming_handover (new_case_id);

create table incoming_handover_person (
    handover_id    uuid         not null references incoming_handover (id),
    position       integer      not null,
    person_id      uuid         not null,
    role           varchar(20)  not null,
    relation       varchar(50),
    gender         varchar(20),
    first_name     varchar(200),
    surname_prefix varchar(50),
    last_name      varchar(200),
    date_of_birth  date,
    primary key (handover_id, position)
);
