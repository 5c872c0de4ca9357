-- Every foreign key gets an index on its referencing column: without one, each delete or key change of a referenced
-- row scans the whole referencing table (deleting the benchmark's 250 k generated referrals took minutes), and the
-- lookups by these columns (erasure, the record's own pages) scan as well. Found by deploy/bench.
create index if not exists track_municipality on track (municipality);
create index if not exists dji_notification_track on dji_notification (track_id);
create index if not exists isd_order_track on isd_order (track_id);
create index if not exists isd_phase_order on isd_phase (order_id);
create index if not exists article18b_exchange_track on article18b_exchange (track_id);
