-- Issue 19: a system member leaves a case and a partner's involvement ends; both stay in the case's history.
alter table case_person add column ended_at timestamptz;
alter table case_partner add column ended_at timestamptz;
