-- What a partner organisation should hear about without Kafka (nl.zvh.platform.changes): one row per change that
-- concerns an organisation (in a house, or national when house is null), written in the transaction of the change.
-- A row is readable once it has a position: positions are handed out in one short transaction under an advisory lock,
-- to committed rows only, so a reader that saw position n never later finds a row below n (at-least-once, ordered).
-- Ids and statuses only, never personal data: the partner reads the record itself (audited) when it wants more.
create table partner_change (
    id            bigserial   primary key,
    position      bigint      unique,
    house         text,
    organisation  text        not null,
    kind          text        not null,
    record_type   text        not null,
    record_id     text        not null,
    status        text,
    occurred_at   timestamptz not null
);
create sequence partner_change_position;
create index partner_change_unpositioned on partner_change (id) where position is null;
create index partner_change_reader on partner_change (organisation, position);
