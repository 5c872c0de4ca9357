-- National familiarity check (issue 25, docs/national-familiarity-check.md). The national index holds for every
-- person on a house's triage table only keyed hashes (HMAC-SHA256 with the houses' shared key) of the BSN and of
-- initial + surname + birth date, the house and the date known since: no BSN, no name, no content.
create table national_person_key (
    person_id   uuid primary key references triage_person (person_id) on delete cascade,
    referral_id uuid        not null references triage_referral (referral_id) on delete cascade,
    house       varchar(50) not null,
    bsn_key     char(64),
    name_key    char(64),
    known_since date        not null
);
create index national_person_key_bsn on national_person_key (bsn_key) where bsn_key is not null;
create index national_person_key_name on national_person_key (name_key) where name_key is not null;
create index national_person_key_referral on national_person_key (referral_id);

-- A chair's question about a referral's persons and, per person, the other houses that know them.
create table national_check (
    check_id    uuid primary key,
    house       varchar(50)  not null,
    referral_id uuid         not null references triage_referral (referral_id) on delete cascade,
    asked_at    timestamptz  not null,
    asked_by    varchar(200) not null
);
create index national_check_referral on national_check (referral_id, asked_at);

create table national_check_hit (
    check_id       uuid        not null references national_check (check_id) on delete cascade,
    person_id      uuid        not null references triage_person (person_id) on delete cascade,
    known_at_house varchar(50) not null,
    known_since    date        not null,
    matched_on     varchar(30) not null,
    primary key (check_id, person_id, known_at_house)
);
