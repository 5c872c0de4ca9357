-- Issue 19: in four-eyes houses the second process director approves or refuses (with a reason) a changed plan and a
-- requested closure. A refused plan version waits for a new change; a refused closure leaves the case open.
alter table coveca_case add column plan_rejected_version integer not null default 0;

create table approval_refusal (
    id              uuid          primary key,
    case_id         uuid          not null references coveca_case (id),
    subject         varchar(20)   not null,
    plan_version    integer       not null,
    reason          varchar(2000) not null,
    refused_by      varchar(100)  not null,
    refused_by_name varchar(200),
    refused_at      timestamptz   not null
);
create index approval_refusal_case_idx on approval_refusal (case_id, refused_at);
