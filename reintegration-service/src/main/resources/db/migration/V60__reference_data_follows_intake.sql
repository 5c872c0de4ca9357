-- Municipalities and partner organisations follow intake-service (MunicipalityChanged, PartnerOrganisationChanged v1
-- on zvh.intake.reference): intake's id, its state and the highest version applied. The seeded rows (V3) are claimed
-- by the first event of the same house and name; nothing here is edited by hand any more.
alter table municipality add column active boolean not null default true;
alter table municipality add column intake_id uuid unique;
alter table municipality add column version integer;
-- A renamed municipality carries its tracks along.
alter table track drop constraint track_municipality_fkey;
alter table track add constraint track_municipality_fkey foreign key (municipality) references municipality (name)
    on update cascade;

create table partner_organisation (
    intake_id uuid primary key,
    house     varchar(50)  not null,
    name      varchar(200) not null,
    domain    varchar(20)  not null,
    active    boolean      not null,
    version   integer      not null
);
create index partner_organisation_house on partner_organisation (house, name);
