/** Retention terms of the table's referrals and their expiry: anonymised after the term (figures kept). */
package nl.zvh.triage.retention;
