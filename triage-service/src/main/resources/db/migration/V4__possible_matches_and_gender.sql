-- Possible duplicate persons flagged by intake (optional possibleMatches of ReferralSubmitted v1).
create table possible_match (
    match_id            uuid primary key,
    referral_id         uuid          not null references triage_referral (referral_id),
    person_id           uuid          not null,
    matched_person_id   uuid          not null,
    matched_referral_id uuid,
    score               numeric(4, 3) not null,
    reason              varchar(40)   not null,
    status              varchar(20)   not null,
    decided_at          timestamptz,
    decided_by          varchar(200),
    unique (referral_id, person_id, matched_person_id)
);
-- Gender when intake sends it (optional); TriageDecided carries it to the programmes.
alter table triage_person add column gender varchar(20);
