-- NEN 7513 audit log made tamper-evident: every row is a link of a SHA-256 hash chain, appended by a trigger so that
-- every insert (also plain SQL inserts by services) is chained. Appends are serialised by the single-row chain head
-- (SELECT ... FOR UPDATE, held until commit): chain_seq is gapless and in commit order.
alter table audit_log add column break_glass     boolean     not null default false;
alter table audit_log add column break_glass_id  uuid;
alter table audit_log add column chain_seq       bigint;
alter table audit_log add column prev_hash       varchar(64);
alter table audit_log add column hash            varchar(64);

create table audit_chain_head (
    id        integer     primary key check (id = 1),
    chain_seq bigint      not null,
    hash      varchar(64) not null
);
insert into audit_chain_head values (1, 0, repeat('0', 64));

-- The content a row's hash covers (every NEN 7513 field, the chain position and the previous hash).
create or replace function audit_log_content(a audit_log) returns text language sql immutable as $$
    select concat_ws('|', a.chain_seq::text, (extract(epoch from a.occurred_at) * 1000000)::bigint::text,
        coalesce(a.action, ''), coalesce(a.resource_type, ''), coalesce(a.resource_id, ''),
        coalesce(a.person_ref, ''), coalesce(a.user_id, ''), coalesce(a.user_name, ''),
        coalesce(a.organisation, ''), coalesce(a.house, ''), coalesce(a.roles, ''), coalesce(a.on_behalf_of, ''),
        coalesce(a.purpose, ''), coalesce(a.outcome, ''), coalesce(a.correlation_id, ''),
        coalesce(a.client_address, ''), a.break_glass::text, coalesce(a.break_glass_id::text, ''),
        coalesce(a.prev_hash, ''))
$$;

create or replace function audit_log_hash(a audit_log) returns varchar language sql immutable as $$
    select encode(sha256(convert_to(audit_log_content(a), 'UTF8')), 'hex')
$$;

-- Chain the existing rows (in id order) before the trigger protects them again.
alter table audit_log disable trigger audit_log_no_update;
do $$
declare
    r audit_log;
    seq bigint := 0;
    previous varchar(64) := repeat('0', 64);
begin
    for r in select * from audit_log order by id loop
        seq := seq + 1;
        r.chain_seq := seq;
        r.prev_hash := previous;
        r.hash := audit_log_hash(r);
        update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
        previous := r.hash;
    end loop;
    update audit_chain_head set chain_seq = seq, hash = previous where id = 1;
end $$;
alter table audit_log enable trigger audit_log_no_update;

alter table audit_log alter column chain_seq set not null;
alter table audit_log alter column prev_hash set not null;
alter table audit_log alter column hash set not null;
create unique index audit_log_chain on audit_log (chain_seq);
create index audit_log_occurred on audit_log (occurred_at);
create index audit_log_break_glass on audit_log (occurred_at) where break_glass;

create or replace function audit_log_chain_append() returns trigger language plpgsql as $$
declare
    head audit_chain_head;
begin
    select * into head from audit_chain_head where id = 1 for update;
    new.chain_seq := head.chain_seq + 1;
    new.prev_hash := head.hash;
    new.hash := audit_log_hash(new);
    update audit_chain_head set chain_seq = new.chain_seq, hash = new.hash where id = 1;
    return new;
end $$;
create trigger audit_log_chain before insert on audit_log
    for each row execute function audit_log_chain_append();

-- The head is only moved by the chain trigger.
create or replace function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if pg_trigger_depth() < 2 then
        raise exception 'audit_chain_head is maintained by the audit_log chain trigger only';
    end if;
    return new;
end $$;
create trigger audit_chain_head_no_direct_change before update or delete on audit_chain_head
    for each row execute function audit_chain_head_guard();
