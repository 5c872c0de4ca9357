-- Baseline of the trafficking database: the platform tables (outbox, consumed events, audit log) come from
-- platform-commons (db/platform). The programme's own tables arrive with issue #7.
select 1;
