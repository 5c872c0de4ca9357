-- Figures: untriaged on a reference date scans a house's referrals by reception (docs/figures.md).
create index triage_referral_house_received on triage_referral (house, received_at);
