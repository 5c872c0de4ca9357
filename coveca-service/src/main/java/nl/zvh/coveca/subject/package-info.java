/** Data-subject access (AVG art. 15): everything coveca holds on one person, for the privacy officer. */
package nl.zvh.coveca.subject;
