/** Data-subject access (AVG art. 15): everything re-integration holds on one person, for the privacy officer. */
package nl.zvh.reintegration.subject;
