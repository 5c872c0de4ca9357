-- Same-person detection on submit: possible matches with persons already known in the house. Never merged; triage
-- shows them and its chair confirms or rejects (that decision lives in triage-service).
create table possible_match (
    id                  uuid primary key,
    referral_id         uuid         not null references referral (id) on delete cascade,
    person_id           uuid         not null references referral_person (id) on delete cascade,
    matched_person_id   uuid         not null references referral_person (id) on delete cascade,
    matched_referral_id uuid         not null references referral (id) on delete cascade,
    score               numeric(4,3) not null check (score > 0 and score <= 1),
    reason              varchar(30)  not null check (reason in ('BSN', 'NAME_AND_DATE_OF_BIRTH')),
    created_at          timestamptz  not null,
    unique (person_id, matched_person_id)
);
create index possible_match_referral on possible_match (referral_id);
create index referral_person_date_of_birth on referral_person (date_of_birth);
