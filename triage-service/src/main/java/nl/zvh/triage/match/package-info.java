/** Possible duplicate persons flagged by intake; the chair confirms or rejects each match. */
package nl.zvh.triage.match;
