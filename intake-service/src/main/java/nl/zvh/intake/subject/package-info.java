/** Data-subject access (AVG art. 15): everything intake holds on one person, for the privacy officer. */
package nl.zvh.intake.subject;
