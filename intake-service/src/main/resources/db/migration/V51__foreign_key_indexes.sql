-- Every foreign key gets an index on its referencing column: without one, each delete or key change of a referenced
-- row scans the whole referencing table (deleting the benchmark's 250 k generated referrals took minutes), and the
-- lookups by these columns (erasure, the record's own pages) scan as well. Found by deploy/bench.
create index if not exists notification_referral on notification (referral_id);
create index if not exists possible_match_matched_person on possible_match (matched_person_id);
create index if not exists possible_match_matched_referral on possible_match (matched_referral_id);
create index if not exists referral_problem_area_code on referral_problem_area (code);
