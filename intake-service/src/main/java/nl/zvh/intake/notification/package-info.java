/** Inbox of a referrer's organisation: what triage did with its referrals (on the agenda, decided, advice). */
package nl.zvh.intake.notification;
