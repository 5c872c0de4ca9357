-- One referral as intake stores it: referral + main person + system member + outbox event, one transaction,
-- one statement each (as the service does). The id is derived from a random number (pgbench has no uuid variables).
\set r random(1, 9000000000000000)
BEGIN;
INSERT INTO b_referral (id, house, status, municipality, referrer_user_id, referrer_name, referrer_organisation,
  question, urgency, person_informed, created_at, submitted_at)
  VALUES (md5(:r::text)::uuid, 'markiezaten', 'SUBMITTED', 'Bergen op Zoom', 'politie-referrer', 'Agent Jansen',
  'Politie Zeeland-West-Brabant', 'Repeated nuisance and confused behaviour; care avoided so far.', 'NORMAL',
  'INFORMED', now(), now());
INSERT INTO b_person (id, referral_id, role, first_name, last_name, date_of_birth, bsn, position)
  VALUES (gen_random_uuid(), md5(:r::text)::uuid, 'MAIN', 'Piet', 'Vries', '1979-11-02', '123456782', 0),
         (gen_random_uuid(), md5(:r::text)::uuid, 'SYSTEM_MEMBER', 'Sanne', 'Vries', '2012-02-14', null, 1);
INSERT INTO b_outbox (event_id, topic, aggregate_id, event_type, event_version, envelope)
  VALUES (gen_random_uuid(), 'zvh.intake.referral', md5(:r::text), 'ReferralSubmitted', 1,
  '{"type":"ReferralSubmitted","version":1,"payload":{"referralId":"' || md5(:r::text) || '","mainPerson":{"firstName":"Piet","lastName":"Vries","dateOfBirth":"1979-11-02"},"systemMembers":[{"relation":"CHILD","firstName":"Sanne","lastName":"Vries"}],"municipality":"Bergen op Zoom","problemAreas":["HOUSING_NUISANCE","CONFUSED_BEHAVIOUR"],"question":"Repeated nuisance and confused behaviour; care avoided so far.","urgency":"NORMAL"}}');
COMMIT;
