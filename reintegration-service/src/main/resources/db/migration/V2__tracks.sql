-- Municipalities of return and the house that serves them (reference data, see V3).
create table municipality (
    name  varchar(100) primary key,
    house varchar(50)  not null
);

-- A re-integration track (nazorg) per detention, or opened by a triage decision before any DJI notification.
create table track (
    id                    uuid primary key,
    house                 varchar(50)  not null,
    municipality          varchar(100) not null references municipality (name),
    source                varchar(20)  not null check (source in ('DJI', 'TRIAGE')),
    source_referral_id    uuid unique,
    dji_detention_id      varchar(100) unique,
    person_id             uuid         not null,
    first_name            varchar(100) not null,
    surname_prefix        varchar(30),
    last_name             varchar(100) not null,
    date_of_birth         date         not null,
    bsn                   varchar(9),
    dji_person_number     varchar(50),
    institution           varchar(200),
    detention_date        date,
    expected_release_date date,
    actual_release_date   date,
    ready_at_release      boolean,
    consent               varchar(20)  not null default 'NOT_ASKED',
    consent_date          date,
    coordinator           varchar(200),
    created_at            timestamptz  not null,
    version               integer      not null default 0,
    check (expected_release_date is null or detention_date is null or expected_release_date >= detention_date),
    check (actual_release_date is null or detention_date is null or actual_release_date >= detention_date)
);
create index track_house_release on track (house, expected_release_date);

-- The five basic conditions (basisvoorwaarden) of a track.
create table track_condition (
    track_id            uuid         not null references track (id) on delete cascade,
    condition           varchar(40)  not null check (condition in
                            ('VALID_ID', 'HOUSING', 'INCOME_OR_DAYTIME_ACTIVITY', 'DEBTS', 'CARE')),
    status              varchar(20)  not null check (status in
                            ('UNKNOWN', 'IN_ORDER', 'ACTION_NEEDED', 'ARRANGED', 'NOT_APPLICABLE')),
    responsible_partner varchar(200),
    notes               varchar(2000),
    updated_at          timestamptz,
    updated_by          varchar(200),
    primary key (track_id, condition)
);

-- DJI notifications as received: the idempotency key is DJI's own notification id. A notification that refers to a
-- detention not yet started is PENDING until its DETENTION_STARTED arrives.
create table dji_notification (
    notification_id       varchar(100) primary key,
    sender_organisation   varchar(200) not null,
    type                  varchar(30)  not null,
    dji_detention_id      varchar(100) not null,
    status                varchar(20)  not null check (status in ('PROCESSED', 'PENDING')),
    institution           varchar(200),
    expected_release_date date,
    release_date          date,
    transfer_date         date,
    received_at           timestamptz  not null,
    processed_at          timestamptz,
    track_id              uuid references track (id)
);
create index dji_notification_pending on dji_notification (dji_detention_id) where status = 'PENDING';

-- BIJ (bestuurlijke informatievoorziening justitiabelen): the mayor informed before release.
create table bij_item (
    id                 uuid primary key,
    track_id           uuid         not null references track (id) on delete cascade,
    offence_category   varchar(30)  not null,
    mayor_notified_on  date         not null,
    assessment         varchar(30),
    assessed_on        date,
    measures           varchar(2000),
    created_at         timestamptz  not null
);
create index bij_item_track on bij_item (track_id);

-- ISD orders (inrichting voor stelselmatige daders) and their phases.
create table isd_order (
    id          uuid primary key,
    track_id    uuid        not null references track (id) on delete cascade,
    term_start  date        not null,
    term_end    date        not null,
    created_at  timestamptz not null,
    check (term_end > term_start)
);
create table isd_phase (
    id        uuid primary key,
    order_id  uuid         not null references isd_order (id) on delete cascade,
    phase     varchar(40)  not null,
    starts_on date         not null,
    notes     varchar(1000)
);

-- Article 18b exchanges between municipality and DJI about risk of severe violent or sexual offences.
create table article18b_exchange (
    id           uuid primary key,
    track_id     uuid         not null references track (id) on delete cascade,
    direction    varchar(30)  not null,
    requested_on date         not null,
    question     varchar(2000) not null,
    answered_on  date,
    answer       varchar(2000),
    check (answered_on is null or answered_on >= requested_on)
);

-- Escalations to process direction (procesregie); linked to a CoVeCa case once CoVeCa confirms.
create table escalation (
    id             uuid primary key,
    track_id       uuid         not null references track (id) on delete cascade,
    house          varchar(50)  not null,
    municipality   varchar(100) not null,
    reason         varchar(2000) not null,
    risk_summary   varchar(4000) not null,
    escalated_at   timestamptz  not null,
    escalated_by   varchar(200) not null,
    status         varchar(20)  not null check (status in ('ESCALATED', 'LINKED')),
    coveca_case_id uuid,
    linked_at      timestamptz
);
create index escalation_track on escalation (track_id);
