/** Intake figures for analysts: referrals, outcomes, referrer domains and problem areas per house and year; no persons. */
package nl.zvh.intake.figures;
