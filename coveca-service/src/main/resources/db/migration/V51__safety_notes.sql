-- Issue 19: safety notes on a case ("Let op"), only ever added; erased with the case (CaseErasure).
create table safety_note (
    id           uuid          primary key,
    case_id      uuid          not null references coveca_case (id),
    kind         varchar(30)   not null,
    text         varchar(1000) not null,
    author_id    varchar(100)  not null,
    author_name  varchar(200),
    created_at   timestamptz   not null
);
create index safety_note_case_idx on safety_note (case_id, created_at);
