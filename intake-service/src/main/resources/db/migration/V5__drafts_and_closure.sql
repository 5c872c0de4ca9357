-- Drafts (concepts): only the main person's name is required until the referral is submitted.
alter table referral alter column municipality drop not null;
alter table referral alter column question drop not null;
alter table referral alter column urgency drop not null;
alter table referral alter column person_informed drop not null;
alter table referral_person alter column date_of_birth drop not null;
-- a draft may be withdrawn (never submitted) while incomplete
alter table referral add constraint referral_complete_unless_draft check (status = 'DRAFT'
    or (status = 'WITHDRAWN' and submitted_at is null)
    or (municipality is not null and question is not null and urgency is not null and person_informed is not null));
alter table referral add column closed_at timestamptz;
