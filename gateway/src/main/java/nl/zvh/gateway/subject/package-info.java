/** Data-subject access (AVG art. 15) for the privacy officer: every service's answer in one JSON and one PDF. */
package nl.zvh.gateway.subject;
