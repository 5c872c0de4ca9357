-- Issue 23, break-glass with oversight: who took the grant as people read it (token claim name), who is responsible
-- for the record (the owner, told on the record's page), and the privacy officer's review (verdict and note).
alter table break_glass_grant
    add column user_display_name  varchar(200),
    add column owner_organisation varchar(200),
    add column owner_user_id      varchar(100),
    add column owner_user_name    varchar(200),
    add column reviewed_at        timestamptz,
    add column reviewer_id        varchar(100),
    add column reviewer_name      varchar(200),
    add column review_verdict     varchar(20),
    add column review_note        varchar(2000);
create index break_glass_grant_record on break_glass_grant (resource_type, resource_id, granted_at);
