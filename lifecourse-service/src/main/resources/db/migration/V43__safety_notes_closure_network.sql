-- Safety notes become an append-only list with author and date (the one overwritten field is kept as the first note
-- of each client, its author unknown); an included client can be closed with a reason, and a later inclusion of the
-- same person links to the earlier period.
create table safety_note (
    id            uuid primary key,
    candidate_id  uuid          not null references candidate (id),
    note          varchar(2000) not null,
    author        varchar(200),
    written_at    timestamptz   not null
);
create index safety_note_candidate on safety_note (candidate_id);
insert into safety_note (id, candidate_id, note, author, written_at)
select gen_random_uuid(), id, safety_note, null, coalesce(included_at, created_at)
from candidate where safety_note is not null and safety_note <> '';
alter table candidate drop column safety_note;

alter table candidate add column closed_at timestamptz;
alter table candidate add column closure_reason varchar(20);
alter table candidate add column closure_note varchar(2000);
alter table candidate add column previous_period_id uuid references candidate (id);
create index candidate_previous_period on candidate (previous_period_id);
