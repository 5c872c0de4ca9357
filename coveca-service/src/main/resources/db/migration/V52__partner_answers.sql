-- Issue 19: a partner professional (role case-partner) answers on its own organisation's agreement: done, or a
-- request to change it with a note. Shown to the process director on the worklist; erased with the case (CaseErasure).
create table partner_answer (
    id               uuid          primary key,
    case_id          uuid          not null references coveca_case (id),
    agreement_id     uuid          not null references agreement (id),
    organisation     varchar(200)  not null,
    kind             varchar(20)   not null,
    note             varchar(2000),
    answered_by      varchar(100)  not null,
    answered_by_name varchar(200),
    answered_at      timestamptz   not null
);
create index partner_answer_case_idx on partner_answer (case_id, answered_at);
create index partner_answer_agreement_idx on partner_answer (agreement_id);
