-- The service's runtime role (placeholder zvh_app_role, by default the datasource user) next to the owner that runs
-- these migrations: ordinary DML on the service's tables (also on tables later migrations create: default
-- privileges), but on the audit tables only SELECT and INSERT of the content columns - no UPDATE, DELETE, TRUNCATE,
-- no chain columns - plus EXECUTE of audit_chain_seal(). Repeatable: applied again whenever this file (or the role
-- name) changes. When the service runs as the owner itself (one role: no split configured) there is nothing to grant.
-- A runtime role that does not exist yet fails the migration (the service does not start half-protected).
do $$
declare
    app text := '${zvh_app_role}';
    s text := current_schema();
begin
    if app = '' or app = current_user then
        raise notice 'runtime role is the owner %: audit tables not protected by grants', current_user;
        return;
    end if;
    if not exists (select from pg_roles where rolname = app) then
        raise exception 'runtime role % does not exist (create it before the service starts)', app;
    end if;
    execute format('grant usage on schema %I to %I', s, app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, app);
    execute format('grant usage, select, update on all sequences in schema %I to %I', s, app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', s, app);
    execute format('alter default privileges in schema %I grant usage, select, update on sequences to %I', s, app);
    execute format('revoke all on audit_log, audit_chain_head from public, %I', app);
    execute format('grant select on audit_log, audit_chain_head to %I', app);
    execute format('grant insert (occurred_at, action, resource_type, resource_id, person_ref, user_id, user_name,'
        || ' organisation, house, roles, on_behalf_of, purpose, outcome, correlation_id, client_address, break_glass,'
        || ' break_glass_id) on audit_log to %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
    execute format('grant select on flyway_schema_history to %I', app);
    execute format('grant execute on function audit_chain_seal(integer) to %I', app);
end $$;
