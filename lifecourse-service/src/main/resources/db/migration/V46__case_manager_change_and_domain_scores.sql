-- The coordinator assigns and changes a client's case manager on screen: the name people read, and the end of an
-- assignment (an ended case manager no longer sees the client). Life-domain scores 1-5 per date, with one note.
alter table case_manager add column display_name varchar(200);
alter table case_manager add column ended_at timestamptz;

create table life_domain_scoring (
    id           uuid primary key,
    candidate_id uuid          not null references candidate (id),
    scored_on    date          not null,
    note         varchar(2000),
    recorded_by  varchar(200),
    recorded_at  timestamptz   not null
);
create unique index life_domain_scoring_date on life_domain_scoring (candidate_id, scored_on);

create table life_domain_score (
    scoring_id uuid        not null references life_domain_scoring (id),
    domain     varchar(40) not null,
    score      integer     not null check (score between 1 and 5),
    primary key (scoring_id, domain)
);
