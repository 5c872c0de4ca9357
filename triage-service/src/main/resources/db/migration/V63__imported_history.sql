-- History import (issue 25): a referral of the house's previous system comes with the table's decision then, taken at
-- no session of this platform (its session date is the decision's date).
alter table triage_decision alter column session_id drop not null;
