-- Issue 19: the plan's history shows who changed what by the name people read (token claim name), never the login
-- name; null for changes made before this column or by a caller without a name. Erased with the case (CaseErasure).
alter table plan_change add column changed_by_name varchar(200);
