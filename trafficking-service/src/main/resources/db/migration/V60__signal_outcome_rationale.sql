-- Why the coordinator decided advice or a coordinated approach (issue 20: the decision on screen with its rationale).
-- Free text about a person: erased with the signal (signal.SignalErasure).
alter table signal add column outcome_rationale varchar(4000);

-- CoMensha's reference of the national registration (issue 20: the registration on screen with date and reference).
alter table signal add column national_report_reference varchar(100);
