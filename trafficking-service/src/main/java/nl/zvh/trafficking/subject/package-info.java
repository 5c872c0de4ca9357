/** Data-subject access (AVG art. 15): everything trafficking holds on one person, for the privacy officer. */
package nl.zvh.trafficking.subject;
