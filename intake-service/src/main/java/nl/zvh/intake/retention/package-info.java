/** Retention of referrals: which expire when, anonymising them (figures kept) and following other services' erasures. */
package nl.zvh.intake.retention;
