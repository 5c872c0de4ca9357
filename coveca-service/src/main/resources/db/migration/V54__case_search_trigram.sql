-- Case search by name at national volume: substring matches (like '%jans%') on the person's names use trigram
-- indexes instead of reading every person of every house (pg_trgm is a trusted extension: the database owner may
-- create it).
create extension if not exists pg_trgm;
create index case_person_first_name_trgm on case_person using gin (lower(first_name) gin_trgm_ops);
create index case_person_surname_prefix_trgm on case_person using gin (lower(surname_prefix) gin_trgm_ops);
create index case_person_last_name_trgm on case_person using gin (lower(last_name) gin_trgm_ops);
