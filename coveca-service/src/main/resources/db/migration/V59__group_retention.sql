-- Retention of the group approach (GroupRetention): a group closed for the cases' retention term is anonymised in
-- place. Its members keep their (platform or own) person id, so the figures' distinct persons stay; their names, date
-- of birth, BSN and the link to a case go. An erased member needs neither a case nor a name.
alter table coveca_group add column erased_at timestamptz;
alter table group_member add column erased_at timestamptz;
alter table group_member drop constraint group_member_case_or_name;
alter table group_member add constraint group_member_case_or_name check (case_id is not null or erased_at is not null
    or (first_name is not null and last_name is not null and date_of_birth is not null));
create index coveca_group_closed on coveca_group (closed_on) where erased_at is null;
