-- Referrals waiting for the triage table, as received from intake (ReferralSubmitted).
create table triage_referral (
    referral_id           uuid primary key,
    house                 varchar(50)   not null,
    municipality          varchar(100)  not null,
    urgency               varchar(20)   not null,
    submitted_at          timestamptz   not null,
    referrer_organisation varchar(200)  not null,
    referrer_domain       varchar(20),
    problem_areas         varchar(1000) not null,
    question              varchar(4000) not null,
    status                varchar(20)   not null,
    received_at           timestamptz   not null,
    withdrawn_at          timestamptz
);
create index triage_referral_house_status on triage_referral (house, status, submitted_at);

create table triage_person (
    person_id      uuid primary key,
    referral_id    uuid         not null references triage_referral (referral_id) on delete cascade,
    role           varchar(20)  not null,
    relation       varchar(40),
    first_name     varchar(100) not null,
    surname_prefix varchar(30),
    last_name      varchar(100) not null,
    date_of_birth  date         not null,
    bsn            varchar(9),
    position       integer      not null
);
create index triage_person_referral on triage_person (referral_id);
