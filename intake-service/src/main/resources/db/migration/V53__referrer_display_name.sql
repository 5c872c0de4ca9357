-- The referrer as a person reads it (the token's name claim, e.g. "Piet Agent"), shown on the referral's page next to
-- the organisation; referrer_name keeps the login name for audit. Null for partner systems and for referrals filed
-- before this column: the page then shows the organisation only. Erased with the referral (ReferralErasure).
alter table referral add column referrer_display_name varchar(200);
