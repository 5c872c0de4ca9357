-- Platform plumbing tables, identical in every service database (owned by platform-commons).

-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka afterwards.
create table outbox_message (
    id             bigserial primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    aggregate_id   varchar(100) not null,
    event_type     varchar(100) not null,
    event_version  integer      not null,
    house          varchar(50),
    correlation_id varchar(100),
    envelope       text         not null,
    created_at     timestamptz  not null default now(),
    published_at   timestamptz,
    attempts       integer      not null default 0,
    last_error     varchar(1000)
);
create index outbox_message_pending on outbox_message (id) where published_at is null;
create index outbox_message_aggregate_pending on outbox_message (aggregate_id, id) where published_at is null;

-- Idempotent consumption: one row per (event, consumer), written in the consumer's own transaction.
create table consumed_event (
    event_id    uuid         not null,
    consumer    varchar(100) not null,
    event_type  varchar(100) not null,
    consumed_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);

-- Audit log of personal-data access, after NEN 7513. Append-only: no updates or deletes by the application.
create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz  not null default now(),
    action         varchar(20)  not null,
    resource_type  varchar(60)  not null,
    resource_id    varchar(100),
    person_ref     varchar(100),
    user_id        varchar(100) not null,
    user_name      varchar(200),
    organisation   varchar(200),
    house          varchar(50),
    roles          varchar(500),
    on_behalf_of   varchar(200),
    purpose        varchar(200) not null,
    outcome        varchar(20)  not null,
    correlation_id varchar(100),
    client_address varchar(100)
);
create index audit_log_person on audit_log (person_ref, occurred_at);
create index audit_log_user on audit_log (user_id, occurred_at);

create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
