/** Retention of the table's referrals: anonymising them after the term (figures kept), following other services. */
package nl.zvh.triage.retention;
