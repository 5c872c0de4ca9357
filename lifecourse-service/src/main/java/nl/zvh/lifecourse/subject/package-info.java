/** Data-subject access (AVG art. 15): everything lifecourse holds on one person, for the privacy officer. */
package nl.zvh.lifecourse.subject;
