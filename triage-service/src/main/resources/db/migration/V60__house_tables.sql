-- The house's other tables (issue 24): I28 confused behaviour, prolific offenders, LPCO, youth aftercare, AWARE.
-- One capability: a table of a house (its kind, chair, members, cadence), the items on it, its meetings with agenda,
-- attendance, minutes and a decision per item; the Wvggz exploratory investigations an I28 decision starts.
create table house_table (
    id                 uuid primary key,
    house              varchar(40)  not null,
    kind               varchar(30)  not null,
    name               varchar(200) not null,
    chair_organisation varchar(200) not null,
    cadence            varchar(20)  not null,
    municipality       varchar(100),
    contact_name       varchar(200),
    contact_phone      varchar(40),
    contact_email      varchar(200),
    created_at         timestamptz  not null,
    created_by         varchar(200) not null
);
create index house_table_house on house_table (house, kind);

-- The organisations that sit at the table (see its items) and those that may put items on it.
create table house_table_member (
    table_id     uuid         not null references house_table (id),
    organisation varchar(200) not null,
    primary key (table_id, organisation)
);
create table house_table_submitter (
    table_id     uuid         not null references house_table (id),
    organisation varchar(200) not null,
    primary key (table_id, organisation)
);

create table table_item (
    id                       uuid primary key,
    table_id                 uuid         not null references house_table (id),
    house                    varchar(40)  not null,
    kind                     varchar(30)  not null,
    status                   varchar(20)  not null,
    source                   varchar(20)  not null,
    external_ref             varchar(60),
    received_on              date         not null,
    first_name               varchar(100),
    last_name                varchar(100),
    birth_date               date,
    municipality             varchar(100),
    district                 varchar(100),
    category                 varchar(30),
    summary                  varchar(2000),
    related_persons          varchar(2000),
    added_by_organisation    varchar(200) not null,
    last_outcome             varchar(40),
    decided_on               date,
    agreements               varchar(2000),
    track_start              date,
    track_end                date,
    responsible_organisation varchar(200),
    created_at               timestamptz  not null,
    erased_at                timestamptz,
    constraint table_item_external_ref unique (table_id, external_ref)
);
create index table_item_table on table_item (table_id, status);
create index table_item_house_decided on table_item (house, kind, decided_on);

create table table_meeting (
    id           uuid primary key,
    table_id     uuid        not null references house_table (id),
    house        varchar(40) not null,
    meeting_date date        not null,
    starts_at    time        not null,
    attendance   varchar(2000),
    minutes      varchar(8000),
    held_at      timestamptz,
    created_at   timestamptz not null
);
create index table_meeting_table on table_meeting (table_id, meeting_date);

create table table_agenda_item (
    id                      uuid primary key,
    meeting_id              uuid        not null references table_meeting (id),
    item_id                 uuid        not null references table_item (id),
    house                   varchar(40) not null,
    outcome                 varchar(40),
    agreements              varchar(2000),
    decided_at              timestamptz,
    decided_by              varchar(200),
    decided_by_organisation varchar(200),
    constraint table_agenda_item_once unique (meeting_id, item_id)
);
create index table_agenda_item_item on table_agenda_item (item_id);

-- Wvggz: after a report (melding) the municipality's exploratory investigation (verkennend onderzoek) has a statutory
-- term (Wvggz chapter 5: 14 days after the report); open past its deadline it is overdue.
create table exploratory_investigation (
    id           uuid primary key,
    item_id      uuid         not null unique references table_item (id),
    table_id     uuid         not null references house_table (id),
    house        varchar(40)  not null,
    municipality varchar(100) not null,
    reported_on  date         not null,
    deadline     date         not null,
    outcome      varchar(40),
    concluded_on date,
    created_at   timestamptz  not null
);
create index exploratory_investigation_open on exploratory_investigation (house, concluded_on, deadline);
