/** Data-subject access (AVG art. 15): everything the triage table holds on one person, for the privacy officer. */
package nl.zvh.triage.subject;
