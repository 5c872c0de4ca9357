-- Reference data per house (tenant).
create table house (
    code varchar(50) primary key,
    name varchar(200) not null,
    seat varchar(100)
);

create table municipality (
    house varchar(50)  not null references house (code),
    name  varchar(100) not null,
    active boolean     not null default true,
    primary key (house, name)
);

create table partner_organisation (
    house  varchar(50)  not null references house (code),
    name   varchar(200) not null,
    domain varchar(20)  not null check (domain in ('JUSTICE', 'CARE', 'MUNICIPALITY', 'YOUTH', 'HOUSING', 'OTHER')),
    active boolean      not null default true,
    primary key (house, name)
);

create table problem_area (
    code     varchar(40)  primary key,
    label_nl varchar(100) not null,
    label_en varchar(100) not null,
    position integer      not null
);

insert into problem_area (code, label_nl, label_en, position) values
  ('PSYCHIATRIC', 'Psychiatrische problematiek', 'Psychiatric problems', 1),
  ('PSYCHOLOGICAL', 'Psychische problematiek', 'Psychological problems', 2),
  ('HOUSING_NUISANCE', 'Woonoverlast', 'Housing nuisance', 3),
  ('ADDICTION', 'Verslaving', 'Addiction', 4),
  ('CONFUSED_BEHAVIOUR', 'Verward gedrag', 'Confused behaviour', 5),
  ('CARE_AVOIDANCE', 'Zorgmijding', 'Care avoidance', 6),
  ('DOMESTIC_VIOLENCE', 'Huiselijk geweld', 'Domestic violence', 7),
  ('STALKING', 'Stalking', 'Stalking', 8),
  ('MILD_INTELLECTUAL_DISABILITY', 'Licht verstandelijke beperking (LVB)', 'Mild intellectual disability', 9),
  ('RADICALISATION', 'Radicalisering', 'Radicalisation', 10),
  ('EXPLOITATION', 'Uitbuiting / mensenhandel', 'Exploitation / trafficking', 11),
  ('YOUTH_CRIME', 'Jeugdcriminaliteit', 'Youth crime', 12),
  ('DEBTS', 'Schulden', 'Debts', 13),
  ('HOMELESSNESS', 'Dakloosheid', 'Homelessness', 14),
  ('HIGH_IMPACT_CRIME', 'High impact crime', 'High-impact crime', 15),
  ('OTHER', 'Overig', 'Other', 99);

-- A referral (aanmelding) of a person to the house.
create table referral (
    id                     uuid primary key,
    house                  varchar(50)  not null references house (code),
    status                 varchar(20)  not null,
    municipality           varchar(100) not null,
    referrer_user_id       varchar(100) not null,
    referrer_name          varchar(200),
    referrer_organisation  varchar(200) not null,
    referrer_domain        varchar(20),
    question               varchar(4000) not null,
    tried_already          varchar(4000),
    urgency                varchar(20)  not null,
    person_informed        varchar(40)  not null,
    not_informed_reason    varchar(1000),
    controlling_partner    varchar(200),
    created_at             timestamptz  not null,
    submitted_at           timestamptz,
    agenda_date            date,
    decided_at             timestamptz,
    outcome                varchar(40),
    outcome_programme      varchar(40),
    advice                 varchar(4000),
    withdrawn_at           timestamptz,
    withdrawn_reason       varchar(1000),
    version                integer      not null default 0,
    foreign key (house, municipality) references municipality (house, name)
);
create index referral_house_org on referral (house, referrer_organisation, created_at desc);
create index referral_house_status on referral (house, status);

-- Persons in a referral: the main person and the system members (household, family).
create table referral_person (
    id             uuid primary key,
    referral_id    uuid         not null references referral (id) on delete cascade,
    role           varchar(20)  not null check (role in ('MAIN', 'SYSTEM_MEMBER')),
    relation       varchar(40),
    first_name     varchar(100) not null,
    surname_prefix varchar(30),
    last_name      varchar(100) not null,
    date_of_birth  date         not null,
    bsn            varchar(9),
    gender         varchar(20),
    residence_municipality varchar(100),
    address        varchar(300),
    position       integer      not null
);
create index referral_person_referral on referral_person (referral_id);
create index referral_person_bsn on referral_person (bsn) where bsn is not null;

create table referral_problem_area (
    referral_id uuid        not null references referral (id) on delete cascade,
    code        varchar(40) not null references problem_area (code),
    primary key (referral_id, code)
);
