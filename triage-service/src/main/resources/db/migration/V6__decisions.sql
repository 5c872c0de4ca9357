-- The table's decision on a referral (one per referral).
create table triage_decision (
    referral_id        uuid primary key references triage_referral (referral_id),
    house              varchar(50)   not null,
    session_id         uuid          not null references triage_session (session_id),
    session_date       date          not null,
    session_starts_at  timestamptz   not null,
    decided_at         timestamptz   not null,
    decided_by         varchar(200)  not null,
    outcome            varchar(30)   not null,
    programme          varchar(30),
    intensity          varchar(20),
    sub_approach       varchar(30),
    advice             varchar(4000),
    rationale          varchar(4000) not null,
    members_present    varchar(2000) not null
);
create index triage_decision_house_date on triage_decision (house, decided_at);
