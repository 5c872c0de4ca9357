-- Issue 19: the process director answers a partner's change request: the agreement changed or dropped, or the request
-- declined with a note. The partner reads the answer on its page; erased with the case (CaseErasure).
alter table partner_answer add column reply varchar(20);
alter table partner_answer add column reply_note varchar(2000);
alter table partner_answer add column replied_by varchar(100);
alter table partner_answer add column replied_by_name varchar(200);
alter table partner_answer add column replied_at timestamptz;
