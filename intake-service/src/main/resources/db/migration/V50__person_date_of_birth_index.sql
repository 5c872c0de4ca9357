-- Same-person detection looks up earlier referral persons by BSN or date of birth: without this index every
-- submission scans all persons of the house (found by deploy/bench/bench.sh; grows with national volume).
create index if not exists referral_person_date_of_birth on referral_person (date_of_birth);
