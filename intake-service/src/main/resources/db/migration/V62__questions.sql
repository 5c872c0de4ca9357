-- Advice and information questions without a referral (adviesvragen, vragen aan het informatieknooppunt, issue 24):
-- a partner or local professional asks (portal, or phone/e-mail/in person entered by the house's staff), the house
-- answers with the time spent, or the question becomes a referral. The person it concerns is optional (advice is
-- often asked anonymously); when named, the name is personal data (audited per person_id). The retention round
-- anonymises a question some years after it was last handled (zvh.retention.terms.question-years).
create table question (
    id                   uuid primary key,
    house                varchar(50)  not null,
    municipality         varchar(100) not null,
    kind                 varchar(20)  not null,
    channel              varchar(20)  not null,
    status               varchar(20)  not null,
    asker_organisation   varchar(200) not null,
    asker_name           varchar(200) not null,
    asker_user_id        varchar(200),
    entered_by_user_id   varchar(200),
    entered_by_name      varchar(200),
    text                 varchar(4000) not null,
    person_id            uuid,
    person_first_name    varchar(100),
    person_last_name     varchar(100),
    person_date_of_birth date,
    asked_at             timestamp with time zone not null,
    answer               varchar(4000),
    answered_by_user_id  varchar(200),
    answered_by_name     varchar(200),
    answered_at          timestamp with time zone,
    minutes_spent        integer check (minutes_spent is null or minutes_spent between 1 and 1440),
    referral_id          uuid references referral (id),
    became_referral_at   timestamp with time zone,
    -- set when the retention round anonymised it: kept for the figures only, never shown
    erased_at            timestamp with time zone,
    version              integer not null default 0
);
-- lists (house, newest first; a referrer's own organisation) and figures (house, year of asked_at)
create index question_house_asked_at on question (house, asked_at);
create index question_house_organisation on question (house, asker_organisation);
create index question_referral on question (referral_id);
