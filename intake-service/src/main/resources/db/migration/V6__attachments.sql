-- Attachments of a referral (PDF, PNG, JPEG). Metadata and content in tables of their own, so lists never load
-- the content; the SHA-256 checksum is kept for integrity checks.
create table referral_attachment (
    id                 uuid primary key,
    referral_id        uuid          not null references referral (id) on delete cascade,
    file_name          varchar(200)  not null,
    content_type       varchar(100)  not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes         bigint        not null check (size_bytes > 0),
    sha256             varchar(64)   not null,
    uploaded_at        timestamptz   not null,
    uploaded_by        varchar(200)  not null,
    uploaded_by_organisation varchar(200) not null
);
create index referral_attachment_referral on referral_attachment (referral_id, uploaded_at);

create table referral_attachment_content (
    attachment_id uuid  primary key references referral_attachment (id) on delete cascade,
    content       bytea not null
);
