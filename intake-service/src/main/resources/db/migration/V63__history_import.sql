-- History import (issue 25): a referral of the house's previous system keeps that system's registration number, unique
-- per house, so importing the same file twice adds nothing the second time.
alter table referral add column import_ref varchar(100);
create unique index referral_import_ref on referral (house, import_ref) where import_ref is not null;
