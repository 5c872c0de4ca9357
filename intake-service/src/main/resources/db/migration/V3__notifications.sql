-- Inbox of a referrer's organisation: one row per status change the referrer must hear about.
create table notification (
    id             uuid primary key,
    house          varchar(50)  not null references house (code),
    organisation   varchar(200) not null,
    referral_id    uuid         not null references referral (id) on delete cascade,
    kind           varchar(20)  not null check (kind in ('ON_AGENDA', 'DECIDED')),
    agenda_date    date,
    outcome        varchar(40),
    programme      varchar(40),
    advice         varchar(4000),
    created_at     timestamptz  not null,
    read_at        timestamptz,
    read_by        varchar(200)
);
create index notification_inbox on notification (house, organisation, created_at desc);
