-- The coordinator's work on screen: who recorded the consent, the history of each basic condition, the contact
-- moments and signals of the first phase after release, and the closure of a track with its reason.
alter table track add column consent_recorded_by varchar(200);
alter table track add column closed_on date;
alter table track add column close_reason varchar(40)
    check (close_reason in ('COMPLETED', 'NO_CONSENT', 'MOVED_TO_OTHER_HOUSE', 'TAKEN_OVER', 'DECEASED', 'OTHER'));
alter table track add column close_note varchar(2000);
create index track_house_open on track (house) where closed_on is null and erased_at is null;

-- Every save of a basic condition, as it was saved (by the name people read).
create table track_condition_change (
    id                  uuid primary key,
    track_id            uuid         not null references track (id) on delete cascade,
    condition           varchar(40)  not null,
    status              varchar(20)  not null,
    responsible_partner varchar(200),
    notes               varchar(2000),
    changed_at          timestamptz  not null,
    changed_by          varchar(200) not null
);
create index track_condition_change_track on track_condition_change (track_id);

-- Short support and monitoring in the first phase after release: contact moments and signals.
create table aftercare_entry (
    id          uuid primary key,
    track_id    uuid          not null references track (id) on delete cascade,
    kind        varchar(20)   not null check (kind in ('CONTACT_MOMENT', 'SIGNAL')),
    occurred_on date          not null,
    partner     varchar(200),
    summary     varchar(2000) not null,
    recorded_by varchar(200)  not null,
    recorded_at timestamptz   not null
);
create index aftercare_entry_track on aftercare_entry (track_id);
