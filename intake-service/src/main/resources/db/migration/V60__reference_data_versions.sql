-- Reference data is edited with optimistic locking (a stale save is a conflict, never a silent overwrite) and its
-- changes are published (MunicipalityChanged, PartnerOrganisationChanged v1 on zvh.intake.reference): a stable id
-- for the followers and a version that grows with every change.
alter table municipality add column id uuid not null default gen_random_uuid();
alter table municipality add column version integer not null default 0;
alter table municipality add constraint municipality_id_key unique (id);
alter table partner_organisation add column id uuid not null default gen_random_uuid();
alter table partner_organisation add column version integer not null default 0;
alter table partner_organisation add constraint partner_organisation_id_key unique (id);
-- A renamed municipality carries its referrals along (they point at it by house and name).
alter table referral drop constraint referral_house_municipality_fkey;
alter table referral add constraint referral_house_municipality_fkey foreign key (house, municipality)
    references municipality (house, name) on update cascade;
