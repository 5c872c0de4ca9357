-- Weekly triage sessions per house, the table's partner organisations, and the agenda.
create table triage_house_settings (
    house              varchar(50) primary key,
    session_weekday    varchar(10) not null,
    session_time       time        not null,
    cutoff_days_before integer     not null check (cutoff_days_before between 0 and 6),
    cutoff_time        time        not null
);
-- De Markiezaten meets on Thursday (shared/data/houses.yaml); cut-off Wednesday 12:00. Other houses use the default.
insert into triage_house_settings values ('markiezaten', 'THURSDAY', '10:00', 1, '12:00');

create table triage_table_partner (
    house        varchar(50)  not null,
    organisation varchar(200) not null,
    primary key (house, organisation)
);
insert into triage_table_partner values
    ('markiezaten', 'Openbaar Ministerie'),
    ('markiezaten', 'Politie Zeeland-West-Brabant'),
    ('markiezaten', 'Veilig Thuis West-Brabant'),
    ('markiezaten', 'OGGZ-team'),
    ('markiezaten', 'Reclassering Nederland regio Zuid'),
    ('haaglanden', 'Openbaar Ministerie'),
    ('haaglanden', 'Politie Eenheid Den Haag'),
    ('haaglanden', 'Veilig Thuis Haaglanden'),
    ('haaglanden', 'Reclassering Nederland'),
    ('drenthe', 'Openbaar Ministerie'),
    ('drenthe', 'Politie'),
    ('drenthe', 'Veilig Thuis Drenthe'),
    ('drenthe', 'GGD Drenthe (OGGZ)'),
    ('drenthe', 'Reclassering Nederland'),
    ('zeeland', 'Openbaar Ministerie Zeeland-West-Brabant'),
    ('zeeland', 'Politie district Zeeland'),
    ('zeeland', 'Veilig Thuis Zeeland'),
    ('zeeland', 'GGD Zeeland'),
    ('zeeland', 'Reclassering Nederland');

create table triage_session (
    session_id   uuid primary key,
    house        varchar(50)  not null,
    session_date date         not null,
    start_time   time         not null,
    kind         varchar(10)  not null,
    reason       varchar(500),
    created_at   timestamptz  not null,
    created_by   varchar(200) not null
);
-- one regular session per house and day; extra (urgent) sessions may be added freely
create unique index triage_session_regular on triage_session (house, session_date) where kind = 'REGULAR';
create index triage_session_house_date on triage_session (house, session_date);

create table agenda_item (
    referral_id  uuid primary key references triage_referral (referral_id),
    session_id   uuid         not null references triage_session (session_id),
    scheduled_at timestamptz  not null,
    scheduled_by varchar(200) not null,
    reason       varchar(500)
);
create index agenda_item_session on agenda_item (session_id);
