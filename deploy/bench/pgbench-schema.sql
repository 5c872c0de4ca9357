-- Tables for pgbench-referral.sql: the shape of intake's referral, referral_person and the platform outbox
-- (same columns and indexes, no foreign keys to reference data), in a scratch database "bench".
create extension if not exists pgcrypto;
drop table if exists b_outbox, b_person, b_referral;
create table b_referral (
    id uuid primary key, house varchar(50) not null, status varchar(20) not null, municipality varchar(100) not null,
    referrer_user_id varchar(100) not null, referrer_name varchar(200), referrer_organisation varchar(200) not null,
    question varchar(4000) not null, urgency varchar(20) not null, person_informed varchar(40) not null,
    created_at timestamptz not null, submitted_at timestamptz, version integer not null default 0);
create index b_referral_house_org on b_referral (house, referrer_organisation, created_at desc);
create index b_referral_house_status on b_referral (house, status);
create table b_person (
    id uuid primary key, referral_id uuid not null references b_referral (id), role varchar(20) not null,
    first_name varchar(100) not null, last_name varchar(100) not null, date_of_birth date not null, bsn varchar(9),
    position integer not null);
create index b_person_referral on b_person (referral_id);
create index b_person_bsn on b_person (bsn) where bsn is not null;
create table b_outbox (
    id bigserial primary key, event_id uuid not null unique, topic varchar(200) not null,
    aggregate_id varchar(100) not null, event_type varchar(100) not null, event_version integer not null,
    envelope text not null, created_at timestamptz not null default now(), published_at timestamptz);
create index b_outbox_pending on b_outbox (id) where published_at is null;
