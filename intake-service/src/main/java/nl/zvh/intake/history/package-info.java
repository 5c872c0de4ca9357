/** Onboarding a house's history: its earlier referrals imported from the previous system's CSV, dry run first. */
package nl.zvh.intake.history;
