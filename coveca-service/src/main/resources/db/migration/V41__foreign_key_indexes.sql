-- Every foreign key gets an index on its referencing column: without one, each delete or key change of a referenced
-- row scans the whole referencing table (deleting the benchmark's 250 k generated referrals took minutes), and the
-- lookups by these columns (erasure, the record's own pages) scan as well. Found by deploy/bench.
create index if not exists case_reopening_case on case_reopening (case_id);
create index if not exists meeting_participant_meeting on meeting_participant (meeting_id);
create index if not exists meeting_decision_meeting on meeting_decision (meeting_id);
create index if not exists agreement_goal on agreement (goal_id);
create index if not exists agreement_meeting on agreement (meeting_id);
