-- Every foreign key gets an index on its referencing column: without one, each delete or key change of a referenced
-- row scans the whole referencing table (deleting the benchmark's 250 k generated referrals took minutes), and the
-- lookups by these columns (erasure, the record's own pages) scan as well. Found by deploy/bench.
create index if not exists familiarity_check_session on familiarity_check (session_id);
create index if not exists triage_notification_check on triage_notification (check_id);
create index if not exists triage_decision_session on triage_decision (session_id);
