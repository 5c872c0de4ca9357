-- Figures: a house's referrals of a period, by the moment they were submitted (docs/figures.md).
create index referral_house_submitted on referral (house, submitted_at) where submitted_at is not null;
create index referral_problem_area_referral on referral_problem_area (referral_id);
