-- Issue 23: the audit chain could be rewritten by the service itself (it connected as the table owner, TRUNCATE was
-- not refused, and any session could switch on the sealing guard `zvh.audit_sealing`). From here on:
--  * the service runs as a runtime role that may only INSERT (the content columns) and SELECT the audit tables
--    (grants: R__zvh_runtime_role_grants.sql); this owner role runs the migrations;
--  * TRUNCATE is refused by a statement trigger as well (also for the owner, unless it drops the trigger);
--  * rows are sealed only by audit_chain_seal(), a SECURITY DEFINER function owned by this owner role: it only links
--    committed unsealed rows, in id order, after the head; it cannot change or remove a sealed row. The append-only
--    trigger lets exactly that sealing update through when it runs as the table owner (no session setting);
--  * what the owner (or a DBA) could still do - drop the triggers, delete and re-seal - is caught by the anchors:
--    the chain head signed with a key the database never sees and published outside it (AuditChainAnchors).

create or replace function audit_table_owner(tbl regclass) returns name language sql stable as $$
    select pg_get_userbyid(relowner) from pg_class where oid = tbl
$$;

-- The one update let through: sealing an unsealed row (only the three chain columns change), by the table owner.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
            and current_user = audit_table_owner(tg_relid)
            and to_jsonb(old) - '{chain_seq,prev_hash,hash}'::text[]
                = to_jsonb(new) - '{chain_seq,prev_hash,hash}'::text[] then
        return new;
    end if;
    raise exception 'audit_log is append-only';
end $$;

create or replace function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_user = audit_table_owner(tg_relid) and new.id = old.id
            and new.chain_seq >= old.chain_seq then
        return new;
    end if;
    raise exception 'audit_chain_head is maintained by audit_chain_seal only';
end $$;

create or replace function audit_no_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_no_truncate();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_no_truncate();

-- Links up to max_rows committed unsealed rows into the chain; returns how many. Runs as its owner (the table owner):
-- the caller needs no UPDATE right. A fixed search_path, pg_temp last: a caller's temporary table cannot stand in
-- for audit_log.
create or replace function audit_chain_seal(max_rows integer) returns integer language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    head audit_chain_head;
    r audit_log;
    sealed integer := 0;
begin
    select * into head from audit_chain_head where id = 1 for update;
    for r in select * from audit_log where chain_seq is null order by id limit least(greatest(max_rows, 0), 10000) loop
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
    return sealed;
end $$;
revoke all on function audit_chain_seal(integer) from public;
