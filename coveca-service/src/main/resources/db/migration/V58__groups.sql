-- Issue 24: the group approach (groepsaanpak, Haaglanden): a group of one house (e.g. a youth group causing nuisance
-- in a neighbourhood) with subgroups, each discussed at its own meetings, and members. A member is the main person of
-- an existing CoVeCa case of the same house (case_id set, the name is read from the case) or, without a case, a name
-- and a date of birth. Seen by the house's own process directors and by the process directors of the organisation
-- that opened the group (GroupScope).
create table coveca_group (
    id            uuid          primary key,
    house         varchar(50)   not null,
    organisation  varchar(200)  not null,
    name          varchar(200)  not null,
    municipality  varchar(100)  not null,
    description   varchar(4000),
    created_by    varchar(100)  not null,
    created_on    date          not null,
    created_at    timestamptz   not null,
    closed_on     date,
    version       bigint        not null default 0
);
create index coveca_group_house on coveca_group (house, created_on);

create table coveca_subgroup (
    id         uuid          primary key,
    group_id   uuid          not null references coveca_group (id),
    name       varchar(200)  not null,
    created_on date          not null
);
create unique index coveca_subgroup_name on coveca_subgroup (group_id, lower(name));

create table group_member (
    id             uuid          primary key,
    group_id       uuid          not null references coveca_group (id),
    subgroup_id    uuid          references coveca_subgroup (id),
    case_id        uuid          references coveca_case (id),
    person_id      uuid          not null,
    first_name     varchar(100),
    surname_prefix varchar(30),
    last_name      varchar(100),
    date_of_birth  date,
    bsn            varchar(9),
    added_on       date          not null,
    added_at       timestamptz   not null,
    constraint group_member_case_or_name check (case_id is not null
        or (first_name is not null and last_name is not null and date_of_birth is not null)),
    unique (group_id, person_id)
);
create index group_member_subgroup on group_member (subgroup_id);
create index group_member_case on group_member (case_id);

-- A subgroup's own meetings (not network_meeting: those belong to one case and publish NetworkMeetingHeld).
create table subgroup_meeting (
    id          uuid          primary key,
    subgroup_id uuid          not null references coveca_subgroup (id),
    held_on     date          not null,
    attendance  varchar(4000) not null,
    minutes     text          not null,
    agreements  varchar(8000),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);
create index subgroup_meeting_subgroup on subgroup_meeting (subgroup_id, held_on);
