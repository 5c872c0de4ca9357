/** Referrals (aanmeldingen) of a person to the house: submission, scoping per organisation, lifecycle, events. */
package nl.zvh.intake.referral;
