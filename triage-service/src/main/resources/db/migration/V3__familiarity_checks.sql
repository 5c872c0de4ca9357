-- Familiarity checks (bekendheidscheck): one per table partner organisation and referral.
create table familiarity_check (
    check_id      uuid primary key,
    referral_id   uuid         not null references triage_referral (referral_id),
    house         varchar(50)  not null,
    organisation  varchar(200) not null,
    session_id    uuid         not null references triage_session (session_id),
    deadline      date         not null,
    requested_at  timestamptz  not null,
    status        varchar(20)  not null,
    known         boolean,
    summary       varchar(2000),
    source_system varchar(200),
    sensitivity   varchar(30),
    answered_at   timestamptz,
    answered_by   varchar(200),
    reminded_at   timestamptz,
    unique (referral_id, organisation)
);
create index familiarity_check_partner on familiarity_check (house, organisation, status);
create index familiarity_check_open_deadline on familiarity_check (deadline) where status = 'OPEN';

-- Notifications for partners and the chair (e.g. a check deadline nears); read through the API.
create table triage_notification (
    id           bigserial primary key,
    house        varchar(50)  not null,
    organisation varchar(200),
    kind         varchar(40)  not null,
    check_id     uuid references familiarity_check (check_id),
    referral_id  uuid,
    message      varchar(500) not null,
    created_at   timestamptz  not null
);
create index triage_notification_recipient on triage_notification (house, organisation, created_at);
