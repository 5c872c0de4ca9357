/**
 * Advice and information questions without a referral (adviesvragen, vragen aan het informatieknooppunt): asked by a
 * partner in the portal or entered by the house's staff, answered with the time spent, or turned into a referral.
 */
package nl.zvh.intake.question;
