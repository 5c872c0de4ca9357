-- Gender of a case person as registered at the referral (TriageDecided v1 persons[].gender); null when not registered.
alter table case_person add column gender varchar(20);
