/** Data-subject access (AVG art. 15): the one shape every service answers in, and the query's validation. */
package nl.zvh.platform.subject;
