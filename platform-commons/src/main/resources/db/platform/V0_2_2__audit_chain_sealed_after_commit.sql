-- The audit hash chain is extended after commit instead of inside every audited transaction. Before, the insert
-- trigger locked the single chain head until the writer committed, so every transaction that read personal data
-- queued behind the previous one (measured: create-referral capped at ~25/s on 2 cores, most of its time waiting for
-- that lock). Now a row is inserted unsealed (chain_seq, prev_hash and hash null) and audit_chain_seal() - called by
-- every service instance about every 200 ms and before each verification - links the committed unsealed rows into
-- the chain, in id order, under the head lock. Append-only stays: the only update allowed is that one sealing of
-- the three chain columns, inside audit_chain_seal(). A row is tamper-evident from its sealing, a fraction of a second
-- after its commit; until then it is protected by the append-only trigger alone.
drop trigger audit_log_chain on audit_log;
drop function audit_log_chain_append();

alter table audit_log alter column chain_seq drop not null;
alter table audit_log alter column prev_hash drop not null;
alter table audit_log alter column hash drop not null;
create index audit_log_unsealed on audit_log (id) where chain_seq is null;

-- Append-only, except the one sealing update made by audit_chain_seal() (which sets zvh.audit_sealing locally).
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
            and current_setting('zvh.audit_sealing', true) = 'on'
            and (old.id, old.occurred_at, old.action, old.resource_type, old.resource_id, old.person_ref, old.user_id,
                 old.user_name, old.organisation, old.house, old.roles, old.on_behalf_of, old.purpose, old.outcome,
                 old.correlation_id, old.client_address, old.break_glass, old.break_glass_id)
                is not distinct from
                (new.id, new.occurred_at, new.action, new.resource_type, new.resource_id, new.person_ref, new.user_id,
                 new.user_name, new.organisation, new.house, new.roles, new.on_behalf_of, new.purpose, new.outcome,
                 new.correlation_id, new.client_address, new.break_glass, new.break_glass_id) then
        return new;
    end if;
    raise exception 'audit_log is append-only';
end $$;

create or replace function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if current_setting('zvh.audit_sealing', true) is distinct from 'on' then
        raise exception 'audit_chain_head is maintained by audit_chain_seal only';
    end if;
    return new;
end $$;

-- Links up to max_rows committed unsealed rows into the chain; returns how many. Concurrent callers (several
-- instances) queue on the head lock; each row is sealed exactly once.
create or replace function audit_chain_seal(max_rows integer) returns integer language plpgsql as $$
declare
    head audit_chain_head;
    r audit_log;
    sealed integer := 0;
begin
    perform set_config('zvh.audit_sealing', 'on', true);
    select * into head from audit_chain_head where id = 1 for update;
    for r in select * from audit_log where chain_seq is null order by id limit max_rows loop
        head.chain_seq := head.chain_seq + 1;
        r.chain_seq := head.chain_seq;
        r.prev_hash := head.hash;
        r.hash := audit_log_hash(r);
        update audit_log set chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
        head.hash := r.hash;
        sealed := sealed + 1;
    end loop;
    if sealed > 0 then
        update audit_chain_head set chain_seq = head.chain_seq, hash = head.hash where id = 1;
    end if;
    perform set_config('zvh.audit_sealing', 'off', true);
    return sealed;
end $$;
