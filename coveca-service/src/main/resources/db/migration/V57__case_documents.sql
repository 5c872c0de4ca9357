-- Issue 19: documents on a case (consent forms, reports): PDF, PNG or JPEG recognised by their first bytes, the bytes
-- in their own table (read only for a download). A document may be shared with the case's involved partners.
-- Erased with the case (CaseErasure): the bytes go, the name and the uploader's name too.
create table case_document (
    id                   uuid          primary key,
    case_id              uuid          not null references coveca_case (id),
    file_name            varchar(200)  not null,
    content_type         varchar(100)  not null,
    size_bytes           bigint        not null,
    kind                 varchar(20)   not null,
    shared_with_partners boolean       not null default false,
    uploaded_by          varchar(100)  not null,
    uploaded_by_name     varchar(200),
    uploaded_at          timestamptz   not null
);
create index case_document_case_idx on case_document (case_id, uploaded_at);

create table case_document_content (
    document_id uuid  primary key references case_document (id),
    content     bytea not null
);
