-- Idempotency-Key of POST /api/referrals: a partner system (or the portal) that sends the same key again, because it
-- did not get the first answer (timeout, 503, lost connection), gets the referral it already filed instead of a second
-- one. Keys are the caller's own (one key space per house and organisation) and last 24 hours; the nightly retention
-- round deletes expired ones. No personal data: the key is the caller's random token, the hash is of the request.
create table submission_key (
    house           varchar(64)  not null,
    organisation    varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    referral_id     uuid         not null references referral (id) on delete cascade deferrable initially deferred,
    created_at      timestamptz  not null,
    primary key (house, organisation, idempotency_key)
);
create index submission_key_referral on submission_key (referral_id);
create index submission_key_created_at on submission_key (created_at);
