-- Issue 25: a house's earlier DJI detentions taken over from its previous system are tracks of source IMPORTED
-- (idempotency per house and registration number in the platform table history_import).
alter table track drop constraint track_source_check;
alter table track add constraint track_source_check check (source in ('DJI', 'TRIAGE', 'IMPORTED'));
