-- Baseline of the lifecourse database: the platform tables (outbox, consumed events, audit log) come from
-- platform-commons (db/platform). The programme's own tables arrive with issue #8.
select 1;
