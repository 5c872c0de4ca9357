-- Every foreign key gets an index on its referencing column: without one, each delete or key change of a referenced
-- row scans the whole referencing table (deleting the benchmark's 250 k generated referrals took minutes), and the
-- lookups by these columns (erasure, the record's own pages) scan as well. Found by deploy/bench.
create index if not exists inclusion_decision_session on inclusion_decision (session_id);
create index if not exists inclusion_decision_candidate on inclusion_decision (candidate_id);
create index if not exists cter_weighing_session on cter_weighing (session_id);
create index if not exists cter_weighing_person on cter_weighing (person_id);
