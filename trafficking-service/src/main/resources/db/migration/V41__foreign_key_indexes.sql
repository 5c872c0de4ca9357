-- Every foreign key gets an index on its referencing column: without one, each delete or key change of a referenced
-- row scans the whole referencing table (deleting the benchmark's 250 k generated referrals took minutes), and the
-- lookups by these columns (erasure, the record's own pages) scan as well. Found by deploy/bench.
create index if not exists signals_table_signal_signal on signals_table_signal (signal_id);
